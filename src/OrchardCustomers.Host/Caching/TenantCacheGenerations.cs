using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace OrchardCustomers.Host.Caching;

/// <summary>
/// One change token per tenant, shared by all of that tenant's cache entries: cancelling it drops them all at once,
/// and a new token starts the tenant's next generation. A change stamp from another instance can cancel it later.
/// </summary>
public sealed class TenantCacheGenerations
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _generations = new(StringComparer.Ordinal);

    internal IChangeToken Current(string tenant) => new CancellationChangeToken(_generations.GetOrAdd(tenant, _ => new CancellationTokenSource()).Token);

    /// <summary>Forgets every entry of the tenant, on this instance.</summary>
    public void Invalidate(string tenant)
    {
        if (_generations.TryRemove(tenant, out var old))
        {
            // Not disposed: a Set racing with this call may still read its token, and it holds no timer.
            old.Cancel();
        }
    }
}
