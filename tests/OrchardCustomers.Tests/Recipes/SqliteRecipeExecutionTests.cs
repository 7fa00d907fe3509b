using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Recipes;

public sealed class SqliteRecipeExecutionTests : RecipeExecutionTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
