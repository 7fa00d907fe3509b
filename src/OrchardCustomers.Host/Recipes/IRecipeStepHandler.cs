namespace OrchardCustomers.Host.Recipes;

/// <summary>
/// Runs one kind of recipe step, chosen by <see cref="StepName"/> (case-insensitive). Mark the class with the feature
/// it belongs to: the step is unknown in tenants where that feature is disabled.
/// Throw <see cref="RecipeStepValueException"/> for a bad value; the executor names the step.
/// </summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
