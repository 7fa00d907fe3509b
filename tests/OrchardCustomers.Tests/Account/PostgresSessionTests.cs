using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Account;

[Collection(Collections.PostgresTenants)]
public sealed class PostgresSessionTests(PostgresMultiTenantSite fixture) : SessionTests(fixture);
