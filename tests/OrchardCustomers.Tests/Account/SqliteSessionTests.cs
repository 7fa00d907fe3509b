using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Account;

[Collection(Collections.SqliteTenants)]
public sealed class SqliteSessionTests(SqliteMultiTenantSite fixture) : SessionTests(fixture);
