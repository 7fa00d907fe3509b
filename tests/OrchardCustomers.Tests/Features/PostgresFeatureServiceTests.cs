using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Features;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresFeatureServiceTests(PostgresMultiTenantSite fixture) : FeatureServiceTests(fixture);
