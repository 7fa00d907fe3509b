using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Recipes;

/// <summary>The "CustomerPart" of a Customer content item in a recipe.</summary>
public sealed class CustomerPartModel
{
    public CustomerKind Kind { get; init; } = CustomerKind.Company;

    public int? DebtorNumber { get; init; }

    public CustomerStatus Status { get; init; } = CustomerStatus.Active;

    public bool IsReadOnly { get; init; }
}
