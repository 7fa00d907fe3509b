using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Panel;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Admin;

public sealed class CustomerListViewModel
{
    public required CustomerListQuery Query { get; init; }

    public required CustomerListPage Page { get; init; }

    public required IReadOnlyList<string> Columns { get; init; }

    public required IReadOnlyList<CustomFieldDefinition> CustomFields { get; init; }

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
        || !string.IsNullOrEmpty(Query.Tag) || Query.CreatedFrom is not null || Query.CreatedTo is not null || Query.Status != CustomerStatusFilter.Active;
}
