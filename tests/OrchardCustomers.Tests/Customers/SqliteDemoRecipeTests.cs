using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class SqliteDemoRecipeTests : DemoRecipeTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
