namespace OrchardCustomers.Host.Recipes;

public sealed class RecipeFormatException : Exception
{
    public RecipeFormatException(string message) : base(message)
    {
    }

    public RecipeFormatException(string message, Exception inner) : base(message, inner)
    {
    }
}
