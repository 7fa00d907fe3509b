namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>Test classes in a collection share one multi-tenant site and run one after another.</summary>
public static class Collections
{
    public const string SqliteTenants = "SQLite tenants";
    public const string PostgresTenants = "PostgreSQL tenants";
}
