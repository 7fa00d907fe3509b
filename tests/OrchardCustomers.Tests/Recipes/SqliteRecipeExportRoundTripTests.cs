using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Recipes;

public sealed class SqliteRecipeExportRoundTripTests : RecipeExportRoundTripTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
