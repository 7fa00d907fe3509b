using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OrchardCustomers.Host.Api;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Setup;

public sealed class AutoSetupTests : IAsyncLifetime
{
    private const string Token = "autosetup-token-0123456789-abcdefghij";
    private SiteFactory _site = null!;

    public Task InitializeAsync()
    {
        _site = new SiteFactory(AutoSetup.Combine(AutoSetup.Tenant(0, "Default", apiToken: Token)));
        _ = _site.Server;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sets_up_the_default_tenant_at_start_and_its_admin_can_log_in()
    {
        var tenant = await _site.Services.GetRequiredService<IShellRegistry>().FindAsync("Default");
        Assert.Equal(TenantState.Running, tenant!.State);

        var session = new WebSession(_site.CreateSession());
        await session.LoginOrFailAsync("default-admin", AutoSetup.Password);
        var dashboard = await session.GetPageAsync("Admin");
        Assert.Equal("Default site", dashboard.QuerySelector("[data-testid=site-name]")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_configured_api_token_belongs_to_the_admin()
    {
        var client = _site.CreateSession();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var me = await client.GetFromJsonAsync<MeResponse>("api/me");
        Assert.Equal("default-admin", me!.UserName);
        Assert.Contains("Administrator", me.Roles);
    }

    [Fact]
    public async Task A_restart_with_the_same_configuration_leaves_the_tenant_alone()
    {
        await using var again = new SiteFactory(AutoSetup.Combine(AutoSetup.Tenant(0, "Default", apiToken: Token)), _site.AppData);
        _ = again.Server;
        var session = new WebSession(again.CreateSession());
        await session.LoginOrFailAsync("default-admin", AutoSetup.Password);
        again.Errors.AssertEmpty();
    }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _site.DisposeAsync();
    }
}
