using System.Reflection;
using OrchardCustomers.Host.Modules.Services;

namespace OrchardCustomers.Host.Modules;

/// <summary>Finds the modules' feature startups and runs them in dependency order, each feature's replacements switched per tenant.</summary>
public static class FeatureStartups
{
    /// <summary>Public, top-level, concrete startups only: a nested or internal one (e.g. in a unit test) is not a module's.</summary>
    public static IReadOnlyList<Type> Discover(IEnumerable<Assembly> modules) =>
        [.. modules.SelectMany(a => a.GetTypes()).Where(t => t.IsPublic && !t.IsAbstract && t.IsSubclassOf(typeof(FeatureStartup)))];

    public static void ConfigureAll(IServiceCollection services, FeatureCatalog catalog, IEnumerable<Type> startupTypes)
    {
        foreach (var type in FeatureStartupOrder.Sort(catalog, startupTypes))
        {
            var feature = catalog.Find(FeatureCatalog.FeatureOf(type))!;
            var before = services.ToList();
            ((FeatureStartup)Activator.CreateInstance(type)!).ConfigureServices(services);
            if (!feature.IsAlwaysEnabled)
            {
                FeatureServiceReplacements.SwitchPerTenant(services, feature.Id, before);
            }
        }
    }
}
