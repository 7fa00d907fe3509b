using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.SampleModule;

namespace OrchardCustomers.Tests.Features;

/// <summary>A feature switched off is gone for its tenant: routes, menu items, API description and background work.</summary>
public abstract class FeatureSwitchTests : IAsyncLifetime
{
    private DatabaseSite _database = null!;
    private SiteFactory _site = null!;

    private WebSession _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await DatabaseSite.StartAsync(Kind, "en-US", "acme");
        _site = _database.Site;
        _admin = new WebSession(_site.CreateSession());
        await _admin.LoginOrFailAsync("default-admin", AutoSetup.Password);
    }

    [Fact]
    public async Task A_disabled_feature_has_no_route_menu_item_api_or_background_work()
    {
        await AssertSampleIsAbsentAsync();
        await RunSchedulerTwiceAsync();
        Assert.Equal(0, SampleBackgroundTask.Log.Runs(await TaskKeyAsync("Default")));
    }

    [Fact]
    public async Task Enabling_brings_everything_and_disabling_takes_it_away_again()
    {
        await SwitchAsync("Enable", SampleFeature.Id);
        Assert.Equal(HttpStatusCode.OK, (await _admin.Client.GetAsync("Admin/Samples")).StatusCode);
        var dashboard = await _admin.GetPageAsync("Admin");
        Assert.NotNull(dashboard.QuerySelector("[data-testid=menu-samples]"));
        Assert.Equal("s n", dashboard.QuerySelector("[data-testid=menu-samples]")!.GetAttribute("data-shortcut"));
        Assert.Contains("/api/samples", await _admin.Client.GetStringAsync("openapi/v1.json"), StringComparison.Ordinal);

        await RunSchedulerTwiceAsync();
        Assert.Equal(1, SampleBackgroundTask.Log.Runs(await TaskKeyAsync("Default")));

        await SwitchAsync("Disable", SampleFeature.Id);
        await AssertSampleIsAbsentAsync();
        await RunSchedulerTwiceAsync();
        Assert.Equal(1, SampleBackgroundTask.Log.Runs(await TaskKeyAsync("Default")));
    }

    [Fact]
    public async Task A_feature_is_enabled_for_one_tenant_only()
    {
        await SwitchAsync("Enable", SampleFeature.Id);
        var acme = new WebSession(_site.CreateSession("http://localhost/acme/"));
        await acme.LoginOrFailAsync("acme-admin", AutoSetup.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await acme.Client.GetAsync("Admin/Samples")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.Client.GetAsync("Admin/Samples")).StatusCode);
    }

    [Fact]
    public async Task Dependencies_are_enabled_with_and_dependents_disabled_with_a_feature()
    {
        await SwitchAsync("Enable", SampleFeature.ExtraId);
        var features = await _admin.GetPageAsync("Admin/Features");
        Assert.Equal("Enabled", Status(features, SampleFeature.Id));
        Assert.Equal("Enabled", Status(features, SampleFeature.ExtraId));

        await SwitchAsync("Disable", SampleFeature.Id);
        features = await _admin.GetPageAsync("Admin/Features");
        Assert.Equal("Disabled", Status(features, SampleFeature.Id));
        Assert.Equal("Disabled", Status(features, SampleFeature.ExtraId));
    }

    [Fact]
    public async Task Stereotypes_are_applied_on_first_enable_only()
    {
        await SwitchAsync("Enable", SampleFeature.Id);
        Assert.Contains("EditSamples", await PermissionsOfAsync(RoleNames.Manager));
        Assert.Equal(["ViewSamples"], await PermissionsOfAsync(RoleNames.Accountant));

        await _site.InTenantAsync("Default", async sp =>
        {
            var role = await sp.GetRequiredService<RoleManager<Role>>().FindByNameAsync(RoleNames.Manager);
            var store = sp.GetRequiredService<RolePermissionStore>();
            await store.SetAsync(role!, (await store.GetAsync(role!)).Where(p => p != "EditSamples"));
        });
        await SwitchAsync("Disable", SampleFeature.Id);
        await SwitchAsync("Enable", SampleFeature.Id);

        Assert.DoesNotContain("EditSamples", await PermissionsOfAsync(RoleNames.Manager));
    }

    private async Task AssertSampleIsAbsentAsync()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.Client.GetAsync("Admin/Samples")).StatusCode);
        Assert.Null((await _admin.GetPageAsync("Admin")).QuerySelector("[data-testid=menu-samples]"));
        Assert.DoesNotContain("/api/samples", await _admin.Client.GetStringAsync("openapi/v1.json"), StringComparison.Ordinal);
    }

    private async Task SwitchAsync(string action, string featureId)
    {
        var response = await _admin.SubmitAsync("Admin/Features", $"Admin/Features/{featureId}/{action}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string? Status(AngleSharp.Html.Dom.IHtmlDocument page, string featureId) =>
        page.QuerySelector($"[data-feature='{featureId}'] .badge")?.TextContent.Trim();

    /// <summary>The first pass only notes the task; the second, with its last run moved back past the schedule, runs it.</summary>
    private async Task RunSchedulerTwiceAsync()
    {
        var scheduler = _site.Services.GetRequiredService<BackgroundTaskScheduler>();
        await scheduler.RunDueTasksAsync(CancellationToken.None);
        await _site.InTenantAsync("Default", async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            await db.BackgroundTaskRuns.ExecuteUpdateAsync(s => s.SetProperty(r => r.LastStartedUtc, r => r.LastStartedUtc.AddMinutes(-2)));
        });
        await scheduler.RunDueTasksAsync(CancellationToken.None);
    }

    private Task<string> TaskKeyAsync(string tenant) => _site.InTenantAsync(tenant, sp => Task.FromResult(SampleBackgroundTask.KeyOf(sp)));

    private Task<List<string>> PermissionsOfAsync(string role) => _site.InTenantAsync("Default", async sp =>
    {
        var found = await sp.GetRequiredService<RoleManager<Role>>().FindByNameAsync(role);
        return (await sp.GetRequiredService<RolePermissionStore>().GetAsync(found!)).Where(p => p.Contains("Samples", StringComparison.Ordinal)).Order().ToList();
    });

    protected abstract DatabaseKind Kind { get; }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _database.DisposeAsync();
    }
}
