using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Recipes;

public sealed class ContactsPartModel
{
    public ContactPerson[] Contacts { get; init; } = [];
}
