namespace OrchardCustomers.Host.Recipes;

/// <summary>A step failed. The message names the recipe, the step's position (from 1) and name, and the reason.</summary>
public sealed class RecipeStepException(string recipeName, int stepNumber, string stepName, string reason, Exception? inner = null)
    : Exception($"Recipe '{recipeName}', step {stepNumber} ({stepName}): {reason}", inner)
{
    public string RecipeName { get; } = recipeName;

    public int StepNumber { get; } = stepNumber;

    public string StepName { get; } = stepName;

    public string Reason { get; } = reason;
}
