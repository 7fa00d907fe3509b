using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Caching;

public sealed class PostgresRequestQueriesTests : RequestQueriesTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
