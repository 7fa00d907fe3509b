using System.Text.Json.Nodes;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.State;

namespace OrchardCustomers.Host.Recipes.Export;

/// <summary>The <c>feature</c> step: the features enabled here, so that the steps after it are known in the target.</summary>
public sealed class FeatureStepExporter(ShellFeaturesManager features, FeatureCatalog catalog) : IRecipeStepExporter
{
    public int Order => 0;

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var ids = catalog.Features.Where(f => !f.IsAlwaysEnabled && enabled.Contains(f.Id)).Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? null : new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]) };
    }
}
