using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Files;

public sealed class PostgresFilesMigrationTests : FilesMigrationTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
