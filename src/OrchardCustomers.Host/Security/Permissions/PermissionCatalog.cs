using OrchardCustomers.Host.Modules;

namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>Every permission of every feature, read once from the permission providers.</summary>
public sealed class PermissionCatalog
{
    private readonly Lazy<Dictionary<string, PermissionEntry>> _entries;
    private readonly IEnumerable<IPermissionProvider> _providers;

    public PermissionCatalog(IEnumerable<IPermissionProvider> providers)
    {
        _providers = providers;
        _entries = new Lazy<Dictionary<string, PermissionEntry>>(Load);
    }

    public IEnumerable<PermissionEntry> All => _entries.Value.Values;

    public Permission? Find(string name) => _entries.Value.GetValueOrDefault(name)?.Permission;

    public string? FeatureOf(string permissionName) => _entries.Value.GetValueOrDefault(permissionName)?.FeatureId;

    /// <summary>The stereotypes of each provider, with the feature that declares them.</summary>
    public IEnumerable<(string FeatureId, PermissionStereotype Stereotype)> Stereotypes =>
        _providers.SelectMany(p => p.GetDefaultStereotypes().Select(s => (FeatureCatalog.FeatureOf(p.GetType()), s)));

    private Dictionary<string, PermissionEntry> Load()
    {
        var entries = new Dictionary<string, PermissionEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in _providers)
        {
            var feature = FeatureCatalog.FeatureOf(provider.GetType());
            // Providers return fixed lists; reading them once at first use is what Orchard does too.
            foreach (var permission in provider.GetPermissionsAsync().GetAwaiter().GetResult())
            {
                if (!entries.TryAdd(permission.Name, new PermissionEntry(permission, feature)))
                {
                    throw new InvalidOperationException($"The permission '{permission.Name}' is declared twice.");
                }
            }
        }

        return entries;
    }
}
