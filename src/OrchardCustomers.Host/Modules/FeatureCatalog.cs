using System.Reflection;

namespace OrchardCustomers.Host.Modules;

/// <summary>All features known to the application: the host's own plus those declared by module assemblies.</summary>
public sealed class FeatureCatalog
{
    private readonly Dictionary<string, FeatureInfo> _features;

    public FeatureCatalog(IEnumerable<Assembly> moduleAssemblies)
        : this(moduleAssemblies.Distinct().ToArray())
    {
    }

    private FeatureCatalog(Assembly[] moduleAssemblies)
        : this(moduleAssemblies, moduleAssemblies.SelectMany(a => a.GetCustomAttributes<ModuleFeatureAttribute>()))
    {
    }

    /// <summary>Features declared directly: for tests that need a shape of dependencies no module has.</summary>
    internal FeatureCatalog(IReadOnlyList<Assembly> moduleAssemblies, IEnumerable<ModuleFeatureAttribute> declarations)
    {
        ModuleAssemblies = moduleAssemblies;
        _features = new Dictionary<string, FeatureInfo>(StringComparer.OrdinalIgnoreCase)
        {
            [FeatureIds.Host] = new(FeatureIds.Host, "Host", "Tenants, users, roles, recipes and the admin.", "Core", [], IsAlwaysEnabled: true),
        };

        foreach (var declaration in declarations)
        {
            if (!_features.TryAdd(declaration.Id, new FeatureInfo(
                declaration.Id, declaration.Name, declaration.Description, declaration.Category, declaration.Dependencies, IsAlwaysEnabled: false)))
            {
                throw new InvalidOperationException($"The feature '{declaration.Id}' is declared twice.");
            }
        }

        foreach (var feature in _features.Values)
        {
            foreach (var dependency in feature.Dependencies.Where(d => !_features.ContainsKey(d)))
            {
                throw new InvalidOperationException($"The feature '{feature.Id}' depends on '{dependency}', which no module declares.");
            }
        }
    }

    public IReadOnlyList<Assembly> ModuleAssemblies { get; }

    public IEnumerable<FeatureInfo> Features => _features.Values;

    public FeatureInfo? Find(string id) => _features.GetValueOrDefault(id);

    /// <summary>The feature a class belongs to: its <see cref="FeatureAttribute"/>, or the host's feature.</summary>
    public static string FeatureOf(Type type) => type.GetCustomAttribute<FeatureAttribute>()?.FeatureId ?? FeatureIds.Host;

    /// <summary>The feature with everything it depends on, dependencies first.</summary>
    public IReadOnlyList<FeatureInfo> WithDependencies(string id)
    {
        var result = new List<FeatureInfo>();
        Visit(id, result, []);
        return result;
    }

    /// <summary>The features that depend on <paramref name="id"/>, directly or not.</summary>
    public IReadOnlyList<FeatureInfo> Dependents(string id) =>
        _features.Values.Where(f => f.Id != id && WithDependencies(f.Id).Any(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase))).ToList();

    private void Visit(string id, List<FeatureInfo> result, HashSet<string> path)
    {
        var feature = Find(id) ?? throw new InvalidOperationException($"Unknown feature '{id}'.");
        if (result.Contains(feature))
        {
            return;
        }

        if (!path.Add(feature.Id))
        {
            throw new InvalidOperationException($"The features depend on each other in a circle through '{feature.Id}'.");
        }

        foreach (var dependency in feature.Dependencies)
        {
            Visit(dependency, result, path);
        }

        result.Add(feature);
    }
}
