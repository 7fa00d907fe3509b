using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class SqliteCustomerApiTests : CustomerApiTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
