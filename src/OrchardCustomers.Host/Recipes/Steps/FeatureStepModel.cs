namespace OrchardCustomers.Host.Recipes.Steps;

public sealed class FeatureStepModel
{
    public string[] Enable { get; init; } = [];

    public string[] Disable { get; init; } = [];
}
