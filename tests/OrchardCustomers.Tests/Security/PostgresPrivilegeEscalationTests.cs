using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresPrivilegeEscalationTests(PostgresMultiTenantSite fixture) : PrivilegeEscalationTests(fixture);
