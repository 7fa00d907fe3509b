using Microsoft.Extensions.Options;

namespace OrchardCustomers.Host.Recipes;

/// <summary>Finds the recipes in the configured folders.</summary>
public sealed class RecipeHarvester(IOptions<RecipeOptions> options, ILogger<RecipeHarvester> logger)
{
    public async Task<IReadOnlyList<RecipeDescriptor>> GetRecipesAsync(CancellationToken cancellationToken = default)
    {
        var recipes = new List<RecipeDescriptor>();
        foreach (var file in options.Value.Folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*.recipe.json")))
        {
            try
            {
                recipes.Add(RecipeParser.Parse(await File.ReadAllTextAsync(file, cancellationToken), file));
            }
            catch (RecipeFormatException ex)
            {
                logger.LogWarning("Skipping the recipe file {RecipeFile}: {Reason}", file, ex.Message);
            }
        }

        return [.. recipes.OrderBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<RecipeDescriptor?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetRecipesAsync(cancellationToken)).FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
