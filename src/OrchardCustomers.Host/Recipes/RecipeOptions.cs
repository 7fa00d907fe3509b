namespace OrchardCustomers.Host.Recipes;

public sealed class RecipeOptions
{
    /// <summary>Folders searched for <c>*.recipe.json</c>; the site's Recipes folder by default.</summary>
    public List<string> Folders { get; } = [Path.Combine(AppContext.BaseDirectory, "Recipes")];

    /// <summary>How deep the <c>recipes</c> step may nest before a loop is assumed.</summary>
    public int MaxDepth { get; set; } = 5;
}
