using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers;

[assembly: ModuleFeature(
    Id = CustomersFeature.Id,
    Name = "Customers",
    Description = "Customers with addresses, contacts, tax and billing data, notes, files and history.",
    Category = "Customers")]
