using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace OrchardCustomers.Host.Tenancy.Store;

/// <summary>
/// Reads the tenant list from the shells database and keeps a copy for <see cref="ShellsDatabaseOptions.RegistryRefreshInterval"/>,
/// so that a request costs no query while changes made by another instance still arrive within seconds.
/// </summary>
public sealed class ShellRegistry(ShellsDatabase database, IOptions<ShellsDatabaseOptions> options, TimeProvider clock) : IShellRegistry, IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private IReadOnlyList<ShellSettings>? _snapshot;
    private long _snapshotTimestamp;

    public async Task<IReadOnlyList<ShellSettings>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        if (_snapshot is { } fresh && !IsStale())
        {
            return fresh;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } reloaded && !IsStale())
            {
                return reloaded;
            }

            await using var context = database.CreateContext();
            var records = await context.Tenants.AsNoTracking().OrderBy(t => t.CreatedUtc).ToListAsync(cancellationToken);
            _snapshot = records.Select(r => r.ToSettings()).ToList();
            _snapshotTimestamp = clock.GetTimestamp();
            return _snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }

    public async Task<ShellSettings?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public async Task CreateAsync(ShellSettings settings, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (await context.Tenants.AnyAsync(t => t.Name == settings.Name, cancellationToken))
        {
            Invalidate();
            throw new InvalidOperationException($"A tenant named '{settings.Name}' exists already.");
        }

        var record = new TenantRecord { Name = settings.Name, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        record.CopyFrom(settings);
        record.UpdatedUtc = record.CreatedUtc;
        context.Tenants.Add(record);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            Invalidate();
            throw new InvalidOperationException($"A tenant named '{settings.Name}' exists already.", ex);
        }

        Invalidate();
    }

    public async Task UpdateAsync(ShellSettings settings, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var record = await context.Tenants.SingleOrDefaultAsync(t => t.Name == settings.Name, cancellationToken)
            ?? throw new InvalidOperationException($"There is no tenant named '{settings.Name}'.");
        record.CopyFrom(settings);
        record.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        Invalidate();
    }

    public async Task<bool> TryChangeStateAsync(string name, TenantState from, TenantState to, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await context.Tenants
            .Where(t => t.Name == name && t.State == from)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, to).SetProperty(t => t.UpdatedUtc, now), cancellationToken);
        Invalidate();
        return changed == 1;
    }

    private bool IsStale() => clock.GetElapsedTime(_snapshotTimestamp) >= options.Value.RegistryRefreshInterval;

    private void Invalidate() => _snapshot = null;

    public void Dispose() => _reload.Dispose();
}
