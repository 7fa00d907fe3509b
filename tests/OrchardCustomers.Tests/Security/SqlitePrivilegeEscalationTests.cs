using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

[Collection(Collections.SqliteTenants)]
public sealed class SqlitePrivilegeEscalationTests(SqliteMultiTenantSite fixture) : PrivilegeEscalationTests(fixture);
