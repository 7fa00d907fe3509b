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
    public void Set<T>(string key, T value, TimeSpan slidingExpiration)
    {
        var tenant = shell.Settings.Name;
        using var entry = cache.CreateEntry(new TenantCacheKey(tenant, key));
        entry.Value = value;
        entry.SlidingExpiration = slidingExpiration;
        entry.AddExpirationToken(generations.Current(tenant));
    }

    public void Remove(string key) => cache.Remove(KeyOf(key));

    /// <summary>Forgets every entry of the current tenant (e.g. after a change that many entries depend on).</summary>
    public void InvalidateTenant() => generations.Invalidate(shell.Settings.Name);

    private TenantCacheKey KeyOf(string key) => new(shell.Settings.Name, key);
}
