using OrchardCustomers.Host.Recipes.History;

namespace OrchardCustomers.Host.Recipes.Admin;

public sealed class RecipesViewModel
{
    public required IReadOnlyList<RecipeDescriptor> Recipes { get; init; }

    public required IReadOnlyList<RecipeRunRecord> RecentRuns { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }
}
