using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Tenancy;

[Collection(Collections.SqliteTenants)]
public sealed class SqliteTenantIsolationTests(SqliteMultiTenantSite fixture) : TenantIsolationTests(fixture);
