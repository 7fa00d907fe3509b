using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Limits;

[Collection(Collections.SqliteTenants)]
public sealed class SqliteBadInputTests(SqliteMultiTenantSite fixture) : BadInputTests(fixture);
