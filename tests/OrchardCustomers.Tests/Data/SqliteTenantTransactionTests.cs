using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Data;

[Collection(Collections.SqliteTenants)]
public sealed class SqliteTenantTransactionTests(SqliteMultiTenantSite fixture) : TenantTransactionTests(fixture);
