using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.SampleModule;

namespace OrchardCustomers.Tests.Instances;

/// <summary>Two app instances (two processes' worth of state: own App_Data, own caches) on one PostgreSQL.</summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private TestDatabases _databases = null!;
    private SiteFactory _first = null!;
    private SiteFactory _second = null!;

    public async Task InitializeAsync()
    {
        _databases = await TestDatabases.CreateAsync(DatabaseKind.Postgres, "pair");
        var settings = AutoSetup.Combine(_databases.ShellsSettings(), AutoSetup.Tenant(0, "Default", provider: "Postgres", connectionString: _databases.TenantsConnectionString));
        _first = new SiteFactory(settings);
        _second = new SiteFactory(settings);
        await Task.WhenAll(Task.Run(() => _first.Server), Task.Run(() => _second.Server));
    }

    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_the_other()
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        var cookie = await RawCookies.LoginAsync(_first.CreateClient(options), "default-admin", AutoSetup.Password);

        var response = await RawCookies.GetAsync(_second.CreateClient(options), "api/me", cookie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-admin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.GetAsync(_second.CreateClient(options), "Admin/Users", cookie)).StatusCode);
    }

    [Fact]
    public async Task A_background_task_runs_once_when_both_instances_find_it_due()
    {
        await _first.InTenantAsync("Default", async sp =>
        {
            await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
            await sp.GetRequiredService<ShellFeaturesManager>().EnableAsync([SampleFeature.Id]);
            await transaction.CommitAsync();
        });
        var key = await _first.InTenantAsync("Default", sp => Task.FromResult(SampleBackgroundTask.KeyOf(sp)));
        await _first.Services.GetRequiredService<BackgroundTaskScheduler>().RunDueTasksAsync(CancellationToken.None);
        await _first.InTenantAsync("Default", sp => sp.GetRequiredService<HostDbContext>().BackgroundTaskRuns
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastStartedUtc, r => r.LastStartedUtc.AddMinutes(-5))));

        await Task.WhenAll(
            _first.Services.GetRequiredService<BackgroundTaskScheduler>().RunDueTasksAsync(CancellationToken.None),
            _second.Services.GetRequiredService<BackgroundTaskScheduler>().RunDueTasksAsync(CancellationToken.None));

        Assert.Equal(1, SampleBackgroundTask.Log.Runs(key));
    }

    [Fact]
    public async Task The_advisory_lock_is_held_across_instances_until_released()
    {
        await using var firstScope = await ScopeAsync(_first);
        await using var secondScope = await ScopeAsync(_second);
        var held = await firstScope.ServiceProvider.GetRequiredService<IDistributedLock>().TryAcquireAsync("test-lock", TimeSpan.FromMinutes(1));
        Assert.NotNull(held);
        Assert.Null(await secondScope.ServiceProvider.GetRequiredService<IDistributedLock>().TryAcquireAsync("test-lock", TimeSpan.FromMinutes(1)));
        await held.DisposeAsync();
        await using var taken = await secondScope.ServiceProvider.GetRequiredService<IDistributedLock>().TryAcquireAsync("test-lock", TimeSpan.FromMinutes(1));
        Assert.NotNull(taken);
    }

    private static async Task<AsyncServiceScope> ScopeAsync(SiteFactory site)
    {
        var scope = site.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<OrchardCustomers.Host.Tenancy.IShellRegistry>().FindAsync("Default");
        scope.ServiceProvider.GetRequiredService<OrchardCustomers.Host.Tenancy.ShellContext>().Settings = tenant!;
        return scope;
    }

    public async Task DisposeAsync()
    {
        _first.Errors.AssertEmpty();
        _second.Errors.AssertEmpty();
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _databases.DisposeAsync();
    }
}
