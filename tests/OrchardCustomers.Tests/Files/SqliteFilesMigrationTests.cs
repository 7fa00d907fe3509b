using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Files;

public sealed class SqliteFilesMigrationTests : FilesMigrationTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
