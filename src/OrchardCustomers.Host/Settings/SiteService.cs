using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Settings;

/// <summary>Reads and writes the tenant's site settings; read once per scope.</summary>
public sealed class SiteService
{
    private readonly HostDbContext _db;
    private readonly TimeProvider _clock;
    private SiteSettings? _cached;

    public SiteService(HostDbContext db, TenantDatabase database, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
        database.OnRollback(() => _cached = null);
    }

    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is not null)
        {
            return _cached;
        }

        var record = await _db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SiteSettingsRecord.SiteId, cancellationToken);
        _cached = record is null ? new SiteSettings() : JsonSerializer.Deserialize<SiteSettings>(record.Json, SiteSettingsJson.Options) ?? new SiteSettings();
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
