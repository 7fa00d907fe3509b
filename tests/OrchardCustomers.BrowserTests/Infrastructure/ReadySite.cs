namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>A site set up at start by AutoSetup (blank recipe, German), for tests that begin after setup.</summary>
public sealed class ReadySite : SiteFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["OrchardCustomers_AutoSetup:Tenants:0:ShellName"] = "Default",
        ["OrchardCustomers_AutoSetup:Tenants:0:SiteName"] = "Browser Test GmbH",
        ["OrchardCustomers_AutoSetup:Tenants:0:AdminUsername"] = TestAccounts.AdminUserName,
        ["OrchardCustomers_AutoSetup:Tenants:0:AdminEmail"] = TestAccounts.AdminEmail,
        ["OrchardCustomers_AutoSetup:Tenants:0:AdminPassword"] = TestAccounts.AdminPassword,
        ["OrchardCustomers_AutoSetup:Tenants:0:DatabaseProvider"] = "Sqlite",
        ["OrchardCustomers_AutoSetup:Tenants:0:RecipeName"] = "blank",
        ["OrchardCustomers_AutoSetup:Tenants:0:DefaultCulture"] = "de-DE",
    };
}
