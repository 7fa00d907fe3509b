using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class SqliteContentStepTests : ContentStepTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
