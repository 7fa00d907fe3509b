using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>What the customer list shows; every field lives in the URL, so a list can be shared and reloaded.</summary>
public sealed record CustomerListQuery
{
    public string? Q { get; init; }

    public CustomerSort Sort { get; init; } = CustomerSort.Name;

    public bool Desc { get; init; }

    public CustomerStatusFilter Status { get; init; } = CustomerStatusFilter.Active;

    public CustomerKind? Kind { get; init; }

    public string? Category { get; init; }

    public string? Tag { get; init; }

    /// <summary>Dates in the tenant's time zone, both days included.</summary>
    public DateOnly? CreatedFrom { get; init; }

    public DateOnly? CreatedTo { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>Keyset paging: the page after the row this cursor names (no OFFSET, however deep).</summary>
    public string? After { get; init; }

    /// <summary>Keyset paging backwards: the page before the row this cursor names.</summary>
    public string? Before { get; init; }

    /// <summary>The values of filters other features add (<see cref="ICustomerListFilter"/>), by query-string parameter.</summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();
}
