using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Recipes;

public sealed class AddressesPartModel
{
    public Address[] Addresses { get; init; } = [];
}
