namespace OrchardCustomers.Host.Tenancy;

public sealed class AppDataOptions
{
    /// <summary>The environment variable that moves the App_Data folder.</summary>
    public const string EnvironmentVariable = "ORCHARDCUSTOMERS_APP_DATA";

    /// <summary>Absolute path of the App_Data folder.</summary>
    public string Path { get; set; } = "";

    public string TenantFolder(string tenantName) => System.IO.Path.Combine(Path, "Sites", tenantName);
}
