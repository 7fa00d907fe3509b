namespace OrchardCustomers.Host.Recipes.Steps;

public sealed class RecipesStepModel
{
    public RecipesStepValue[] Values { get; init; } = [];
}
