using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Features;

[Collection(Collections.SqliteTenants)]
public sealed class SqliteFeatureServiceTests(SqliteMultiTenantSite fixture) : FeatureServiceTests(fixture);
