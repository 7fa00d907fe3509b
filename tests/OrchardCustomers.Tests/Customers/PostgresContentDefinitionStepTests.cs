using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

public sealed class PostgresContentDefinitionStepTests : ContentDefinitionStepTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
