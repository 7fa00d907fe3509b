using OrchardCustomers.Host.Caching;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// The customer list's totals of the current tenant, by filter, each stamped with the tenant's newest activity id.
/// Every change to a customer records an activity in the same transaction, so a total is reused exactly as long as no
/// customer changed, on every app instance alike. Paging through a million customers then counts them once, not on
/// every page (a count of all active customers reads the whole index: about 100 ms on SQLite).
/// </summary>
public sealed class CustomerCountCache(TenantCache cache)
{
    // Filters are many (a search per word typed); a total nobody asked for in a while goes, which bounds memory.
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    public bool TryGet(string filter, long stamp, out long total)
    {
        if (cache.TryGet<Entry>(Key(filter), out var entry) && entry.Stamp == stamp)
        {
            total = entry.Total;
            return true;
        }

        total = 0;
        return false;
    }

    public void Set(string filter, long stamp, long total) => cache.Set(Key(filter), new Entry(stamp, total), Idle);

    private static string Key(string filter) => "Customers.Count:" + filter;

    private sealed record Entry(long Stamp, long Total);
}
