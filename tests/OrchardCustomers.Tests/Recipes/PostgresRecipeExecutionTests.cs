using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Recipes;

public sealed class PostgresRecipeExecutionTests : RecipeExecutionTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
