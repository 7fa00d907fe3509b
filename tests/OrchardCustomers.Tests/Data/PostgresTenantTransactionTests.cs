using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Data;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresTenantTransactionTests(PostgresMultiTenantSite fixture) : TenantTransactionTests(fixture);
