using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.ContentHandlers;

public sealed class PostgresHistoryMigrationTests : HistoryMigrationTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
