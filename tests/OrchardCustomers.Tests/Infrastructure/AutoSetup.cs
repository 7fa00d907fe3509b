namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>Builds the <c>OrchardCustomers_AutoSetup</c> configuration that tests pass to the site.</summary>
public static class AutoSetup
{
    public const string Password = "Passw0rd!";

    public static IEnumerable<KeyValuePair<string, string?>> Tenant(
        int index,
        string name,
        string? prefix = null,
        string? host = null,
        string provider = "Sqlite",
        string? connectionString = null,
        string? schema = null,
        string? apiToken = null,
        string recipe = "blank",
        string culture = "de-DE")
    {
        var key = $"OrchardCustomers_AutoSetup:Tenants:{index}:";
        return new Dictionary<string, string?>
        {
            [key + "ShellName"] = name,
            [key + "SiteName"] = $"{name} site",
            [key + "AdminUsername"] = $"{name.ToLowerInvariant()}-admin",
            [key + "AdminEmail"] = $"{name.ToLowerInvariant()}-admin@example.com",
            [key + "AdminPassword"] = Password,
            [key + "DatabaseProvider"] = provider,
            [key + "DatabaseConnectionString"] = connectionString,
            [key + "DatabaseSchema"] = schema,
            [key + "RecipeName"] = recipe,
            [key + "RequestUrlPrefix"] = prefix,
            [key + "RequestUrlHost"] = host,
            [key + "ApiToken"] = apiToken,
            [key + "DefaultCulture"] = culture,
        };
    }

    public static Dictionary<string, string?> Combine(params IEnumerable<KeyValuePair<string, string?>>[] parts) =>
        parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value);
}
