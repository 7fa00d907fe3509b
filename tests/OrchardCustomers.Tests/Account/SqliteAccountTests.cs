using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Account;

public sealed class SqliteAccountTests : AccountTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
