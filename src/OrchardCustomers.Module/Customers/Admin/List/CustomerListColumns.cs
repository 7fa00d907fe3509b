using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Admin.List;

/// <summary>The columns of every enabled feature, and the cells of the chosen ones for one page.</summary>
public sealed class CustomerListColumns(IEnumerable<ICustomerListColumnProvider> providers, ShellFeaturesManager features)
{
    public async Task<IReadOnlyList<CustomerListColumn>> GetAllAsync(CancellationToken cancellationToken)
    {
        var columns = new List<CustomerListColumn>();
        foreach (var provider in (await features.WhereEnabledAsync(providers, cancellationToken)).OrderBy(p => p.Position))
        {
            columns.AddRange(await provider.GetColumnsAsync(cancellationToken));
        }

        return columns;
    }

    /// <returns>Per chosen column's key, the page's cells by customer id: one load per column and page.</returns>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<long, string?>>> LoadAsync(
        IEnumerable<CustomerListColumn> chosen, IReadOnlyList<CustomerListRow> rows, CancellationToken cancellationToken)
    {
        var cells = new Dictionary<string, IReadOnlyDictionary<long, string?>>(StringComparer.Ordinal);
        foreach (var column in chosen)
        {
            cells[column.Key] = rows.Count == 0 ? new Dictionary<long, string?>() : await column.LoadAsync(rows, cancellationToken);
        }

        return cells;
    }
}
