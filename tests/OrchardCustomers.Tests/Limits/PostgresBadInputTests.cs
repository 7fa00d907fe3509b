using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Limits;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresBadInputTests(PostgresMultiTenantSite fixture) : BadInputTests(fixture);
