using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>Builds list URLs that keep the list's state: search, filters, order, columns and page size.</summary>
public static class CustomerListUrl
{
    public static string For(string pathBase, CustomerListQuery query, IReadOnlyList<string> columns, Action<Dictionary<string, string?>>? change = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = query.Q,
            ["sort"] = query.Sort == CustomerSort.Name ? null : query.Sort.ToString().ToLowerInvariant(),
            ["desc"] = query.Desc ? "true" : null,
            ["status"] = query.Status == CustomerStatusFilter.Active ? null : query.Status.ToString().ToLowerInvariant(),
            ["kind"] = query.Kind?.ToString().ToLowerInvariant(),
            ["category"] = query.Category,
            ["tag"] = query.Tag,
            ["createdFrom"] = query.CreatedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["createdTo"] = query.CreatedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["pageSize"] = query.PageSize == 20 ? null : query.PageSize.ToString(CultureInfo.InvariantCulture),
            ["columns"] = columns.Count == 0 ? null : string.Join(',', columns),
        };
        foreach (var (key, value) in query.Filters)
        {
            values.TryAdd(key, value);
        }

        change?.Invoke(values);
        var builder = new QueryBuilder(values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!)));
        return pathBase + "/Admin/Customers" + builder.ToQueryString();
    }
}
