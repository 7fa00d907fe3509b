using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Admin.List;

/// <summary>
/// A column a user may add to the customer list. Its cells are loaded for a whole page at once (one lookup per
/// page, never one per row).
/// </summary>
/// <param name="Key">Travels in the URL's "columns" parameter; unique among the columns (e.g. "city", "cf:Name", "sample:code").</param>
/// <param name="Label">The column chooser's label.</param>
/// <param name="Header">The table header.</param>
/// <param name="Sort">The list order that sorts by this column, or null when it cannot be sorted.</param>
/// <param name="LoadAsync">The page's cells by customer id; a missing id shows an empty cell.</param>
public sealed record CustomerListColumn(
    string Key,
    string Label,
    string Header,
    CustomerSort? Sort,
    Func<IReadOnlyList<CustomerListRow>, CancellationToken, Task<IReadOnlyDictionary<long, string?>>> LoadAsync)
{
    /// <summary>The key as it appears in data-testid attributes ("cf:Name" → "cf-Name").</summary>
    public string TestId => Key.Replace(':', '-');
}
