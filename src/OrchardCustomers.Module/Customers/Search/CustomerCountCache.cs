using System.Collections.Concurrent;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// The customer list's totals, by tenant and filter, each stamped with the tenant's newest activity id. Every change
/// to a customer records an activity in the same transaction, so a total is reused exactly as long as no customer
/// changed, on every app instance alike. Paging through a million customers then counts them once, not on every page
/// (a count of all active customers reads the whole index: about 100 ms on SQLite).
/// </summary>
public sealed class CustomerCountCache
{
    // Filters are many (a search per word typed); forgetting all now and then keeps memory bounded and is only slower.
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(string Tenant, string Filter), (long Stamp, long Total)> _totals = new();

    public bool TryGet(string tenant, string filter, long stamp, out long total)
    {
        if (_totals.TryGetValue((tenant, filter), out var entry) && entry.Stamp == stamp)
        {
            total = entry.Total;
            return true;
        }

        total = 0;
        return false;
    }

    public void Set(string tenant, string filter, long stamp, long total)
    {
        if (_totals.Count >= MaxEntries)
        {
            _totals.Clear();
        }

        _totals[(tenant, filter)] = (stamp, total);
    }

    public void Clear() => _totals.Clear();
}
