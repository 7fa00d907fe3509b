using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OrchardCustomers.Host.Api;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Setup;

/// <summary>The site as an operator runs it: its own process, configured by environment variables only.</summary>
public sealed class SiteProcessTests : IDisposable
{
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "oc-process-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task With_nothing_configured_it_serves_the_setup_screen_on_sqlite()
    {
        await using var site = await SiteProcess.StartAsync(new Dictionary<string, string> { ["ORCHARDCUSTOMERS_APP_DATA"] = _appData });
        using var client = new HttpClient { BaseAddress = site.Address };

        var html = await client.GetStringAsync("");
        Assert.Contains("data-testid=\"setup-form\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("_content/TheAdmin/admin.css")).StatusCode);
        Assert.True(File.Exists(Path.Combine(_appData, "shells.db")), "The shells database belongs in ORCHARDCUSTOMERS_APP_DATA.");
        Assert.DoesNotContain("fail:", site.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutoSetup_from_environment_variables_sets_up_two_tenants_whose_admins_can_log_in()
    {
        const string token = "env-token-0123456789-0123456789-0123";
        var environment = new Dictionary<string, string> { ["ORCHARDCUSTOMERS_APP_DATA"] = _appData };
        void Tenant(int i, string name, string prefix, string? apiToken = null)
        {
            var key = $"OrchardCustomers_AutoSetup__Tenants__{i}__";
            environment[key + "ShellName"] = name;
            environment[key + "SiteName"] = name + " GmbH";
            environment[key + "AdminUsername"] = "admin";
            environment[key + "AdminEmail"] = $"admin@{name.ToLowerInvariant()}.test";
            environment[key + "AdminPassword"] = AutoSetup.Password;
            environment[key + "DatabaseProvider"] = "Sqlite";
            environment[key + "RecipeName"] = "demo";
            environment[key + "RequestUrlPrefix"] = prefix;
            if (apiToken is not null)
            {
                environment[key + "ApiToken"] = apiToken;
            }
        }

        Tenant(0, "Default", "");
        Tenant(1, "acme", "acme", token);
        await using var site = await SiteProcess.StartAsync(environment);

        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = new Uri(site.Address, "acme/") };
        var session = new WebSession(browser);
        await session.LoginOrFailAsync("admin", AutoSetup.Password);
        var dashboard = await session.GetPageAsync("Admin");
        Assert.Equal("acme GmbH", dashboard.QuerySelector("[data-testid=site-name]")!.TextContent.Trim());

        using var api = new HttpClient { BaseAddress = new Uri(site.Address, "acme/") };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await api.GetFromJsonAsync<MeResponse>("api/me");
        Assert.Equal(("admin", "acme"), (me!.UserName, me.Tenant));

        using var root = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Address };
        await new WebSession(root).LoginOrFailAsync("admin", AutoSetup.Password);
        Assert.True(File.Exists(Path.Combine(_appData, "Sites", "acme", "OrchardCustomers.db")));
        Assert.DoesNotContain("fail:", site.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_appData))
        {
            Directory.Delete(_appData, recursive: true);
        }
    }
}
