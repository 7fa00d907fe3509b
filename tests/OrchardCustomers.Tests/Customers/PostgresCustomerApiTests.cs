using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class PostgresCustomerApiTests : CustomerApiTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
