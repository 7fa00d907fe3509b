using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Tenancy;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresTenantIsolationTests(PostgresMultiTenantSite fixture) : TenantIsolationTests(fixture);
