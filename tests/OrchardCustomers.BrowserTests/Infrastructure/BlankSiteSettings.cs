namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>
/// The AutoSetup section that sets up the Default tenant at start: the blank recipe (which enables the Customers
/// feature), SQLite, German, and the administrator of <see cref="TestAccounts"/>.
/// </summary>
public static class BlankSiteSettings
{
    public const string Tenant = "Default";

    public static IReadOnlyDictionary<string, string?> AutoSetup { get; } = new Dictionary<string, string?>
    {
        ["OrchardCustomers_AutoSetup:Tenants:0:ShellName"] = Tenant,
        ["OrchardCustomers_AutoSetup:Tenants:0:SiteName"] = "Browser Test GmbH",
        ["OrchardCustomers_AutoSetup:Tenants:0:AdminUsername"] = TestAccounts.AdminUserName,
        ["OrchardCustomers_AutoSetup:Tenants:0:AdminEmail"] = TestAccounts.AdminEmail,
        ["OrchardCustomers_AutoSetup:Tenants:0:AdminPassword"] = TestAccounts.AdminPassword,
        ["OrchardCustomers_AutoSetup:Tenants:0:DatabaseProvider"] = "Sqlite",
        ["OrchardCustomers_AutoSetup:Tenants:0:RecipeName"] = "blank",
        ["OrchardCustomers_AutoSetup:Tenants:0:DefaultCulture"] = "de-DE",
    };
}
