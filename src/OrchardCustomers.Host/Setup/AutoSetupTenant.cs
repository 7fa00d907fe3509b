namespace OrchardCustomers.Host.Setup;

/// <summary>One tenant of the <c>OrchardCustomers_AutoSetup</c> section; the keys are Orchard's AutoSetup keys.</summary>
public sealed class AutoSetupTenant
{
    public string ShellName { get; set; } = "";

    public string SiteName { get; set; } = "";

    public string? SiteTimeZone { get; set; }

    public string AdminUsername { get; set; } = "";

    public string AdminEmail { get; set; } = "";

    public string AdminPassword { get; set; } = "";

    /// <summary><c>Sqlite</c> or <c>Postgres</c>.</summary>
    public string DatabaseProvider { get; set; } = "Sqlite";

    public string? DatabaseConnectionString { get; set; }

    public string? DatabaseSchema { get; set; }

    public string RecipeName { get; set; } = "";

    public string? RequestUrlHost { get; set; }

    public string? RequestUrlPrefix { get; set; }

    public string? DefaultCulture { get; set; }

    /// <summary>At least 32 characters: becomes an API token of the admin user.</summary>
    public string? ApiToken { get; set; }
}
