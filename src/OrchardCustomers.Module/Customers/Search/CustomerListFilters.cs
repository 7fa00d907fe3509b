using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>The contributed filters of every enabled feature: reading them from the URL, checking and applying them.</summary>
public sealed class CustomerListFilters(IEnumerable<ICustomerListFilter> filters, ShellFeaturesManager features, IStringLocalizer<CustomerListFilters> S)
{
    public async Task<IReadOnlyList<ICustomerListFilter>> GetAllAsync(CancellationToken cancellationToken) =>
        [.. (await features.WhereEnabledAsync(filters, cancellationToken)).OrderBy(f => f.Position)];

    /// <summary>The values the query string gives the enabled filters; other parameters are not theirs.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(Func<string, string?> query, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var filter in await GetAllAsync(cancellationToken))
        {
            if (query(filter.Key) is { Length: > 0 } value)
            {
                values[filter.Key] = value.Trim();
            }
        }

        return values;
    }

    /// <summary>A value that is not one of its filter's choices, keyed by the filter's parameter.</summary>
    public async Task<IReadOnlyList<CustomerError>> CheckAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var errors = new List<CustomerError>();
        foreach (var filter in await GetAllAsync(cancellationToken))
        {
            if (values.TryGetValue(filter.Key, out var value)
                && !(await filter.GetChoicesAsync(cancellationToken)).Any(c => string.Equals(c.Value, value, StringComparison.Ordinal)))
            {
                errors.Add(new CustomerError(filter.Key, S["Choose one of the values offered."]));
            }
        }

        return errors;
    }

    public async Task<IQueryable<Customer>> ApplyAsync(IQueryable<Customer> customers, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return customers;
        }

        foreach (var filter in await GetAllAsync(cancellationToken))
        {
            if (values.TryGetValue(filter.Key, out var value))
            {
                customers = await filter.ApplyAsync(customers, value, cancellationToken);
            }
        }

        return customers;
    }

    public async Task<IReadOnlyList<CustomerListFilterView>> ViewsAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var views = new List<CustomerListFilterView>();
        foreach (var filter in await GetAllAsync(cancellationToken))
        {
            views.Add(new CustomerListFilterView(filter.Key, filter.Label, await filter.GetChoicesAsync(cancellationToken), values.GetValueOrDefault(filter.Key)));
        }

        return views;
    }
}
