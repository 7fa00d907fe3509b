using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Settings;

/// <summary>
/// Reads and writes the tenant's site settings. The stored JSON is cached per tenant (a save drops it, on other
/// instances within the change stamp's interval); each scope gets its own copy, so a caller may change it freely.
/// </summary>
public sealed class SiteService
{
    private readonly HostDbContext _db;
    private readonly TimeProvider _clock;
    private readonly FreshTenantCache _cache;
    private SiteSettings? _cached;

    public SiteService(HostDbContext db, TenantDatabase database, FreshTenantCache cache, TimeProvider clock)
    {
        _db = db;
        _cache = cache;
        _clock = clock;
        database.OnRollback(() => _cached = null);
    }

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is not null)
        {
            return _cached;
        }

        var json = await _cache.GetOrCreateAsync("SiteSettings", async ct => await _db.Settings.AsNoTracking()
            .Where(s => s.Id == SiteSettingsRecord.SiteId)
            .Select(s => s.Json)
            .SingleOrDefaultAsync(ct) ?? "", cancellationToken);
        _cached = string.IsNullOrEmpty(json) ? new SiteSettings() : JsonSerializer.Deserialize<SiteSettings>(json, SiteSettingsJson.Options) ?? new SiteSettings();
        return _cached;
    }

    public async Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(settings, SiteSettingsJson.Options);
        var record = await _db.Settings.SingleOrDefaultAsync(s => s.Id == SiteSettingsRecord.SiteId, cancellationToken);
        if (record is null)
        {
            _db.Settings.Add(new SiteSettingsRecord { Id = SiteSettingsRecord.SiteId, Json = json, UpdatedUtc = _clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            record.Json = json;
            record.UpdatedUtc = _clock.GetUtcNow().UtcDateTime;
        }

        await _db.SaveChangesAsync(cancellationToken);
        _cached = settings;
    }
}
