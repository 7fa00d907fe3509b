using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Limits;

[Collection(Collections.SqliteTenants)]
public sealed class SqliteInputLimitsApiTests(SqliteMultiTenantSite fixture) : InputLimitsApiTests(fixture);
