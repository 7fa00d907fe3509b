using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Panel;

public sealed record DetailsSectionModel(Customer Customer, IReadOnlyList<CustomFieldDefinition> CustomFields, string? AccountManagerName, bool HasPicture);
