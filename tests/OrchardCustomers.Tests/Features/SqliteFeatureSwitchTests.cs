using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Features;

public sealed class SqliteFeatureSwitchTests : FeatureSwitchTests
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
