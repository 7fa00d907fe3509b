using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Setup;

/// <summary>What setting up a tenant needs, from the setup screen or from AutoSetup.</summary>
public sealed record SetupRequest
{
    public string SiteName { get; init; } = "";

    public string RecipeName { get; init; } = "";

    public string AdminUsername { get; init; } = "";

    public string AdminEmail { get; init; } = "";

    public string AdminPassword { get; init; } = "";

    public DatabaseProvider DatabaseProvider { get; init; } = DatabaseProvider.Sqlite;

    public string? DatabaseConnectionString { get; init; }

    public string? DatabaseSchema { get; init; }

    public string DefaultCulture { get; init; } = Settings.SupportedCultures.Default;

    public string? TimeZoneId { get; init; }

    /// <summary>Optional: an API token (32 characters or more) for the admin user.</summary>
    public string? ApiToken { get; init; }
}
