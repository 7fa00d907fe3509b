using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

[Collection(Collections.SqliteTenants)]
public sealed class SqliteCustomerDeletionTests(SqliteMultiTenantSite fixture) : CustomerDeletionTests(fixture);
