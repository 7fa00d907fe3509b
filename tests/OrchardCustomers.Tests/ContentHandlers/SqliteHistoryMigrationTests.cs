using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.ContentHandlers;

public sealed class SqliteHistoryMigrationTests : HistoryMigrationTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
