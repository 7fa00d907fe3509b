namespace OrchardCustomers.Tests.Infrastructure;

[CollectionDefinition(Collections.SqliteTenants)]
public sealed class SqliteTenantsCollection : ICollectionFixture<SqliteMultiTenantSite>;
