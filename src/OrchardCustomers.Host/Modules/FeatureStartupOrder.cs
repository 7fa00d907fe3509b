namespace OrchardCustomers.Host.Modules;

/// <summary>
/// The order in which feature startups run: a feature's dependencies first, so that a startup sees (and can decorate)
/// what they registered; otherwise by feature id, and within one feature by class name, so that the order never
/// depends on how the compiler laid out the types.
/// </summary>
public static class FeatureStartupOrder
{
    public static IReadOnlyList<Type> Sort(FeatureCatalog catalog, IEnumerable<Type> startupTypes)
    {
        var byFeature = new Dictionary<string, List<Type>>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in startupTypes)
        {
            var featureId = FeatureCatalog.FeatureOf(type);
            if (catalog.Find(featureId) is null)
            {
                throw new InvalidOperationException($"The startup {type.FullName} belongs to the feature '{featureId}', which no module declares.");
            }

            if (!byFeature.TryGetValue(featureId, out var list))
            {
                byFeature[featureId] = list = [];
            }

            list.Add(type);
        }

        var features = new List<FeatureInfo>();
        foreach (var feature in catalog.Features.OrderBy(f => !f.IsAlwaysEnabled).ThenBy(f => f.Id, StringComparer.OrdinalIgnoreCase))
        {
            features.AddRange(catalog.WithDependencies(feature.Id).Where(f => !features.Contains(f)));
        }

        return [.. features.SelectMany(f => (byFeature.GetValueOrDefault(f.Id) ?? []).OrderBy(t => t.FullName, StringComparer.Ordinal))];
    }
}
