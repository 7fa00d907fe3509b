using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class PostgresCustomerServiceTests : CustomerServiceTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
