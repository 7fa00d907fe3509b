using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.State;

namespace OrchardCustomers.Host.Recipes.Steps;

/// <summary><c>{ "name": "feature", "enable": [ … ], "disable": [ … ] }</c>, as in Orchard.</summary>
public sealed class FeatureStep(ShellFeaturesManager features, FeatureCatalog catalog) : IRecipeStepHandler
{
    public string StepName => "feature";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<FeatureStepModel>();
        var unknown = model.Enable.Concat(model.Disable).Where(id => catalog.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new RecipeStepValueException($"Unknown feature(s): {string.Join(", ", unknown)}.");
        }

        await features.DisableAsync(model.Disable.Where(id => catalog.Find(id) is { IsAlwaysEnabled: false }), cancellationToken);
        await features.EnableAsync(model.Enable, cancellationToken);
    }
}
