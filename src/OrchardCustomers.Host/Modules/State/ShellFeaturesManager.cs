using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Host.Modules.State;

/// <summary>
/// Which features are enabled in the current tenant. Enabling a feature enables what it depends on; disabling one
/// disables what depends on it. The first time a feature is enabled its permission stereotypes go to the default roles.
/// </summary>
public sealed class ShellFeaturesManager
{
    private readonly HostDbContext _db;
    private readonly FeatureCatalog _catalog;
    private readonly PermissionCatalog _permissions;
    private readonly RoleManager<Role> _roles;
    private readonly RolePermissionStore _rolePermissions;
    private readonly TimeProvider _clock;
    private readonly ILogger<ShellFeaturesManager> _logger;
    private readonly FreshTenantCache _cache;
    private HashSet<string>? _enabled;

    public ShellFeaturesManager(
        HostDbContext db,
        TenantDatabase database,
        FeatureCatalog catalog,
        PermissionCatalog permissions,
        RoleManager<Role> roles,
        RolePermissionStore rolePermissions,
        TimeProvider clock,
        FreshTenantCache cache,
        ILogger<ShellFeaturesManager> logger)
    {
        _cache = cache;
        _db = db;
        _catalog = catalog;
        _permissions = permissions;
        _roles = roles;
        _rolePermissions = rolePermissions;
        _clock = clock;
        _logger = logger;
        database.OnRollback(() => _enabled = null);
    }

    public async Task<IReadOnlySet<string>> GetEnabledAsync(CancellationToken cancellationToken = default)
    {
        // Cached per tenant (a switched feature drops it, on other instances within the change stamp's interval);
        // each scope gets its own set, which EnableAsync and DisableAsync change.
        return _enabled ??= Known(await _cache.GetOrCreateAsync(EnabledKey, async ct => await EnabledQuery().ToArrayAsync(ct), cancellationToken) ?? []);
    }

    private const string EnabledKey = "Features:Enabled";

    /// <summary>
    /// For a service factory, which cannot await (FeatureSwitch): a request finds the set that FeatureGateMiddleware
    /// loaded; other scopes read it here, once.
    /// </summary>
    public bool IsEnabled(string featureId) =>
        (_enabled ??= Known(_cache.TryGet<string[]>(EnabledKey, out var cached) && cached is not null ? cached : [.. EnabledQuery()])).Contains(featureId);

    private IQueryable<string> EnabledQuery() => _db.Features.AsNoTracking().Where(f => f.IsEnabled).Select(f => f.FeatureId);

    private HashSet<string> Known(IEnumerable<string> stored) => new(
        stored.Where(id => _catalog.Find(id) is not null).Concat(_catalog.Features.Where(f => f.IsAlwaysEnabled).Select(f => f.Id)),
        StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsEnabledAsync(string featureId, CancellationToken cancellationToken = default) =>
        (await GetEnabledAsync(cancellationToken)).Contains(featureId);

    /// <summary>Keeps the services whose feature (their <see cref="FeatureAttribute"/>) is enabled in this tenant.</summary>
    public async Task<IReadOnlyList<T>> WhereEnabledAsync<T>(IEnumerable<T> services, CancellationToken cancellationToken = default) where T : notnull
    {
        var enabled = await GetEnabledAsync(cancellationToken);
        return [.. services.Where(s => enabled.Contains(FeatureCatalog.FeatureOf(s.GetType())))];
    }

    /// <returns>The features that were switched on, dependencies included.</returns>
    public async Task<IReadOnlyList<FeatureInfo>> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var enabled = await GetEnabledAsync(cancellationToken);
        var toEnable = featureIds
            .SelectMany(id => _catalog.Find(id) is null ? throw new ArgumentException($"There is no feature '{id}'.") : _catalog.WithDependencies(id))
            .Where(f => !enabled.Contains(f.Id))
            .Distinct()
            .ToList();

        foreach (var feature in toEnable)
        {
            var record = await _db.Features.SingleOrDefaultAsync(f => f.FeatureId == feature.Id, cancellationToken);
            var firstTime = record is null;
            if (record is null)
            {
                _db.Features.Add(new FeatureStateRecord { FeatureId = feature.Id, IsEnabled = true, FirstEnabledUtc = _clock.GetUtcNow().UtcDateTime });
            }
            else
            {
                record.IsEnabled = true;
            }

            await _db.SaveChangesAsync(cancellationToken);
            _enabled!.Add(feature.Id);
            if (firstTime)
            {
                await ApplyStereotypesAsync(feature.Id, cancellationToken);
            }

            _logger.LogInformation("Enabled the feature {FeatureId}", feature.Id);
        }

        return toEnable;
    }

    /// <returns>The features that were switched off, dependents included.</returns>
    public async Task<IReadOnlyList<FeatureInfo>> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var enabled = await GetEnabledAsync(cancellationToken);
        var toDisable = new List<FeatureInfo>();
        foreach (var id in featureIds)
        {
            var feature = _catalog.Find(id) ?? throw new ArgumentException($"There is no feature '{id}'.");
            if (feature.IsAlwaysEnabled)
            {
                throw new ArgumentException($"The feature '{id}' cannot be disabled.");
            }

            toDisable.AddRange(_catalog.Dependents(id).Append(feature).Where(f => enabled.Contains(f.Id)));
        }

        foreach (var feature in toDisable.Distinct())
        {
            var record = await _db.Features.SingleAsync(f => f.FeatureId == feature.Id, cancellationToken);
            record.IsEnabled = false;
            _enabled!.Remove(feature.Id);
            _logger.LogInformation("Disabled the feature {FeatureId}", feature.Id);
        }

        await _db.SaveChangesAsync(cancellationToken);
        return toDisable.Distinct().ToList();
    }

    /// <summary>Gives the default roles that exist what the feature's stereotypes say; roles the admin deleted stay deleted.</summary>
    public async Task ApplyStereotypesAsync(string featureId, CancellationToken cancellationToken = default)
    {
        foreach (var (_, stereotype) in _permissions.Stereotypes.Where(s => string.Equals(s.FeatureId, featureId, StringComparison.OrdinalIgnoreCase)))
        {
            if (stereotype.Permissions.Count > 0 && await _roles.FindByNameAsync(stereotype.Name) is { } role)
            {
                await _rolePermissions.AddAsync(role, stereotype.Permissions.Select(p => p.Name), cancellationToken);
            }
        }
    }
}
