using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Caching;

/// <summary>
/// The one way to cache per tenant: the application's memory cache, with every entry keyed on the current scope's
/// tenant, so that two tenants asking with the same key never see each other's value. A scope without a tenant
/// cannot use it (<see cref="ShellContext.Settings"/> throws).
/// </summary>
public sealed class TenantCache(IMemoryCache cache, ShellContext shell, TenantCacheGenerations generations)
{
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value) => cache.TryGetValue(KeyOf(key), out value);

    /// <param name="slidingExpiration">How long an entry that nobody reads stays: it bounds the memory of rare keys.</param>
    public void Set<T>(string key, T value, TimeSpan slidingExpiration) => Set(key, value, slidingExpiration, generations.Current(shell.Settings.Name));

    /// <summary>
    /// The cached value, or the factory's, cached unless it is null. The tenant's generation is taken before the
    /// factory reads: a value read while a change was committed and invalidated is never stored.
    /// </summary>
    public async Task<T?> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T?>> factory, TimeSpan slidingExpiration, CancellationToken cancellationToken)
        where T : class
    {
        if (TryGet<T>(key, out var cached))
        {
            return cached;
        }

        var generation = generations.Current(shell.Settings.Name);
        var value = await factory(cancellationToken);
        if (value is not null)
        {
            Set(key, value, slidingExpiration, generation);
        }

        return value;
    }

    public void Remove(string key) => cache.Remove(KeyOf(key));

    /// <summary>Forgets every entry of the current tenant (e.g. after a change that many entries depend on).</summary>
    public void InvalidateTenant() => generations.Invalidate(shell.Settings.Name);

    private void Set<T>(string key, T value, TimeSpan slidingExpiration, Microsoft.Extensions.Primitives.IChangeToken generation)
    {
        // An entry whose generation is already over is not added (MemoryCache checks its tokens on set).
        using var entry = cache.CreateEntry(KeyOf(key));
        entry.Value = value;
        entry.SlidingExpiration = slidingExpiration;
        entry.AddExpirationToken(generation);
    }

    private TenantCacheKey KeyOf(string key) => new(shell.Settings.Name, key);
}
