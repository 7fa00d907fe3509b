namespace OrchardCustomers.Tests.Infrastructure;

[CollectionDefinition(Collections.PostgresTenants)]
public sealed class PostgresTenantsCollection : ICollectionFixture<PostgresMultiTenantSite>;
