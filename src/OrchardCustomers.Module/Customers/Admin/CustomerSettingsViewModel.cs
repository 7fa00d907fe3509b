using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Numbering;

namespace OrchardCustomers.Module.Customers.Admin;

public sealed class CustomerSettingsViewModel
{
    public required CustomerSettings Settings { get; init; }

    public required IReadOnlyList<CustomFieldDefinition> Fields { get; init; }

    public CustomFieldForm NewField { get; init; } = new();
}
