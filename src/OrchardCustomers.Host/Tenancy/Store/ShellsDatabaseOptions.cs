using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Tenancy.Store;

/// <summary>The <c>OrchardCustomers_Shells_Database</c> section, like Orchard's <c>OrchardCore_Shells_Database</c>.</summary>
public sealed class ShellsDatabaseOptions
{
    public const string SectionName = "OrchardCustomers_Shells_Database";

    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty with SQLite means App_Data/shells.db.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>PostgreSQL only: the schema of the shells tables.</summary>
    public string? Schema { get; set; }

    /// <summary>How long an app instance trusts its copy of the tenant list before it reads it again.</summary>
    public TimeSpan RegistryRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
