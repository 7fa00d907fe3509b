namespace OrchardCustomers.Host.Recipes;

/// <summary>A step's content is wrong; the message says what, in words an operator understands.</summary>
public sealed class RecipeStepValueException(string message) : Exception(message);
