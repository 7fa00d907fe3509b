namespace OrchardCustomers.Tests.Infrastructure;

public sealed class PostgresMultiTenantSite : MultiTenantSite
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
