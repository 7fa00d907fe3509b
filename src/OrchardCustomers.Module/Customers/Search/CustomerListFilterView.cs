namespace OrchardCustomers.Module.Customers.Search;

/// <summary>A contributed filter as the list page shows it: its choices, and the value now chosen.</summary>
public sealed record CustomerListFilterView(string Key, string Label, IReadOnlyList<CustomerListFilterChoice> Choices, string? Value);
