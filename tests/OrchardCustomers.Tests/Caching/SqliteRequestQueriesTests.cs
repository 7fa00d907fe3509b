using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Caching;

public sealed class SqliteRequestQueriesTests : RequestQueriesTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
