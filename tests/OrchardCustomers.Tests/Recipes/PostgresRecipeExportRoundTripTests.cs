using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Recipes;

public sealed class PostgresRecipeExportRoundTripTests : RecipeExportRoundTripTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
