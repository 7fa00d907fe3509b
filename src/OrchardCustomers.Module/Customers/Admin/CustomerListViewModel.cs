using OrchardCustomers.Module.Customers.Admin.List;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Panel;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Admin;

public sealed class CustomerListViewModel
{
    public required CustomerListQuery Query { get; init; }

    public required CustomerListPage Page { get; init; }

    /// <summary>The keys of the chosen columns, in the order shown.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>Every column the enabled features offer, for the column chooser.</summary>
    public required IReadOnlyList<CustomerListColumn> OfferedColumns { get; init; }

    public required IReadOnlyList<CustomerListColumn> ChosenColumns { get; init; }

    /// <summary>Per chosen column's key, the page's cells by customer id.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<long, string?>> Cells { get; init; }

    /// <summary>The filters other features add, after the built-in ones.</summary>
    public IReadOnlyList<CustomerListFilterView> Filters { get; init; } = [];

    public required IReadOnlyList<string> Categories { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>True when the tenant has no customers at all (not: none match the filters).</summary>
    public bool IsEmpty { get; init; }

    public bool CanEdit { get; init; }

    /// <summary>What is wrong with the URL's parameters, keyed by parameter; the list is then empty.</summary>
    public IReadOnlyList<CustomerError> Errors { get; init; } = [];

    public bool CanDelete { get; init; }

    /// <summary>The customer whose side panel is open, if any.</summary>
    public CustomerPanelContext? Panel { get; init; }

    public bool HasFilters => !string.IsNullOrWhiteSpace(Query.Q) || Query.Kind is not null || !string.IsNullOrEmpty(Query.Category)
        || !string.IsNullOrEmpty(Query.Tag) || Query.CreatedFrom is not null || Query.CreatedTo is not null || Query.Status != CustomerStatusFilter.Active || Query.Filters.Count > 0;
}
