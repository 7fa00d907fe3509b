using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class PostgresContentStepTests : ContentStepTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
