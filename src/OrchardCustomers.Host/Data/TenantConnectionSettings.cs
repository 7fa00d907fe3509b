using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Data;

/// <summary>Where a tenant's data lives: the provider, the connection string and, on PostgreSQL, the schema.</summary>
public sealed record TenantConnectionSettings(DatabaseProvider Provider, string ConnectionString, string? Schema)
{
    public const string SqliteFileName = "OrchardCustomers.db";

    /// <summary>SQLite without a connection string means the tenant's file under App_Data/Sites/{Tenant}/.</summary>
    public static TenantConnectionSettings For(ShellSettings shell, AppDataOptions appData)
    {
        var provider = shell.DatabaseProvider ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(shell.DatabaseConnectionString))
        {
            var folder = appData.TenantFolder(shell.Name);
            return new(provider, DatabaseConnections.SqliteFile(Path.Combine(folder, SqliteFileName)), null);
        }

        if (string.IsNullOrWhiteSpace(shell.DatabaseConnectionString))
        {
            throw new InvalidOperationException($"The tenant '{shell.Name}' has no connection string for {provider}.");
        }

        return new(provider, shell.DatabaseConnectionString, provider == DatabaseProvider.Postgres ? shell.DatabaseSchema : null);
    }
}
