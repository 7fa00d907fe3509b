using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Limits;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresInputLimitsApiTests(PostgresMultiTenantSite fixture) : InputLimitsApiTests(fixture);
