using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Panel;

/// <param name="Country">The customer's country: its contacts' phone numbers read nationally there, internationally elsewhere.</param>
public sealed record ContactsSectionModel(IReadOnlyList<ContactPerson> Contacts, string Country);
