using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Caching;

/// <summary>
/// Reads each tenant's change stamp at most once per <see cref="TenantCacheOptions.StampInterval"/> and drops the
/// tenant's cache entries on this instance when the stamp moved, i.e. when another instance changed what they hold.
/// </summary>
public sealed partial class TenantChangeStampMonitor(
    TimeProvider clock,
    IOptions<TenantCacheOptions> options,
    TenantCacheGenerations generations,
    ILogger<TenantChangeStampMonitor> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Watch> _tenants = new(StringComparer.Ordinal);

    /// <summary>Makes sure the tenant's entries are not older than the interval allows; reads the stamp when it is due.</summary>
    public async ValueTask EnsureFreshAsync(string tenant, HostDbContext db, CancellationToken cancellationToken)
    {
        var watch = _tenants.GetOrAdd(tenant, static _ => new Watch());
        if (clock.GetUtcNow().UtcTicks < Volatile.Read(ref watch.NextCheckTicks))
        {
            return;
        }

        // The others wait for the one read instead of serving entries past the bound meanwhile; it is one short query.
        await watch.Gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow().UtcTicks;
            if (now < watch.NextCheckTicks)
            {
                return;
            }

            var stamp = await db.ChangeStamps.AsNoTracking()
                .Where(s => s.Id == ChangeStampRecord.TenantId)
                .Select(s => (long?)s.Value)
                .SingleOrDefaultAsync(cancellationToken);
            if (watch.HasRead && stamp != watch.Stamp)
            {
                generations.Invalidate(tenant);
                LogStampMoved(tenant);
            }

            watch.Stamp = stamp;
            watch.HasRead = true;
            Volatile.Write(ref watch.NextCheckTicks, now + options.Value.StampInterval.Ticks);
        }
        finally
        {
            watch.Gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The change stamp of tenant {Tenant} moved; its cache entries on this instance are dropped")]
    private partial void LogStampMoved(string tenant);

    public void Dispose()
    {
        foreach (var watch in _tenants.Values)
        {
            watch.Dispose();
        }
    }

    private sealed class Watch : IDisposable
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public long NextCheckTicks;
        public long? Stamp;
        public bool HasRead;

        public void Dispose() => Gate.Dispose();
    }
}
