namespace OrchardCustomers.Tests.Infrastructure;

public sealed class SqliteMultiTenantSite : MultiTenantSite
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
