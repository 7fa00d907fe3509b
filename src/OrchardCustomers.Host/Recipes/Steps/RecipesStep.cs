namespace OrchardCustomers.Host.Recipes.Steps;

/// <summary>
/// <c>{ "name": "recipes", "Values": [ { "executionid": "…", "name": "other-recipe" } ] }</c>: runs other recipes
/// inside the same transaction, with the same parameters.
/// </summary>
public sealed class RecipesStep(RecipeHarvester harvester, IServiceProvider services) : IRecipeStepHandler
{
    public string StepName => "recipes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<RecipesStepModel>();
        foreach (var value in model.Values)
        {
            var recipe = await harvester.FindAsync(value.Name, cancellationToken)
                ?? throw new RecipeStepValueException($"There is no recipe named '{value.Name}'.");
            // Resolved here, not injected: the executor depends on every step, this one included.
            await services.GetRequiredService<RecipeExecutor>().RunStepsAsync(recipe, context.Parameters, context.Depth + 1, cancellationToken);
        }
    }
}
