using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Account;

public sealed class PostgresAccountTests : AccountTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
