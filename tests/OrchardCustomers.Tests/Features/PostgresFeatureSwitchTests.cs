using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Features;

public sealed class PostgresFeatureSwitchTests : FeatureSwitchTests
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
