using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class SqliteContentDefinitionStepTests : ContentDefinitionStepTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
