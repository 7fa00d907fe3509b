using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Caching;

/// <summary>
/// The tenant cache for what the host reads on every request (sessions, tokens, permissions, settings, features):
/// before the first read of a scope it makes sure that the tenant's change stamp has been looked at within the
/// interval, so that a change made on another instance is seen within that bound.
/// </summary>
public sealed class FreshTenantCache(
    TenantCache cache,
    TenantChangeStampMonitor monitor,
    ShellContext shell,
    HostDbContext db,
    IOptions<TenantCacheOptions> options)
{
    private bool _checked;

    /// <summary>True once this scope has checked the stamp: a synchronous caller may then trust the entries.</summary>
    public bool IsChecked => _checked;

    public async Task<T?> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T?>> factory, CancellationToken cancellationToken)
        where T : class
    {
        if (!_checked)
        {
            await monitor.EnsureFreshAsync(shell.Settings.Name, db, cancellationToken);
            _checked = true;
        }

        return await cache.GetOrCreateAsync(key, factory, options.Value.Idle, cancellationToken);
    }

    public bool TryGet<T>(string key, out T? value)
        where T : class
    {
        value = null;
        return _checked && cache.TryGet(key, out value);
    }
}
