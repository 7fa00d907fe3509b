using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class SqliteCustomerServiceTests : CustomerServiceTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
