using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class PostgresDemoRecipeTests : DemoRecipeTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
