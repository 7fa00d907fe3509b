using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

[Collection(Collections.SqliteTenants)]
public sealed class SqlitePermissionMatrixTests(SqliteMultiTenantSite fixture) : PermissionMatrixTests(fixture);
