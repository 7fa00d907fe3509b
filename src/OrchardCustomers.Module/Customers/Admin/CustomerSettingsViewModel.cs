using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Numbering;

namespace OrchardCustomers.Module.Customers.Admin;

public sealed class CustomerSettingsViewModel
{
    public required CustomerSettings Settings { get; init; }

    public required IReadOnlyList<CustomFieldDefinition> Fields { get; init; }

    public CustomFieldForm NewField { get; init; } = new();

    /// <summary>The technical name of the field being changed; null while adding one.</summary>
    public string? EditingField { get; init; }

    /// <summary>How many customers hold a debtor number of the saved range, so that a range running out is seen early.</summary>
    public int DebtorNumbersUsed { get; init; }

    /// <summary>How many customers hold a customer number: the digits set how many fit before numbers grow longer.</summary>
    public int CustomerNumbersUsed { get; init; }
}
