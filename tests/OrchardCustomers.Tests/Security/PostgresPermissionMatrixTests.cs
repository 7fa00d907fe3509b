using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresPermissionMatrixTests(PostgresMultiTenantSite fixture) : PermissionMatrixTests(fixture);
