using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Instances;

/// <summary>
/// The caches of identities and permissions never outlive a change by more than the stated bound (docs/security.md):
/// on the instance that made the change the very next request sees it; a second instance on the same PostgreSQL sees
/// it once its clock has passed the change stamp's interval, and, as the caches are real, not before.
/// </summary>
public sealed class CacheStalenessTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = new TenantCacheOptions().StampInterval;

    // Both clocks stand still unless a test moves them: on the first instance only the change's own invalidation can
    // end the cached entries (its stamp read is not due), on the second only the stamp read after the interval.
    private readonly FakeTimeProvider _firstClock = new(DateTimeOffset.UtcNow);
    private readonly FakeTimeProvider _secondClock = new(DateTimeOffset.UtcNow);
    private readonly WebApplicationFactoryClientOptions _raw = new() { AllowAutoRedirect = false, HandleCookies = false };
    private TestDatabases _databases = null!;
    private SiteFactory _first = null!;
    private SiteFactory _second = null!;

    public async Task InitializeAsync()
    {
        _databases = await TestDatabases.CreateAsync(DatabaseKind.Postgres, "stale");
        var settings = AutoSetup.Combine(_databases.ShellsSettings(), AutoSetup.Tenant(0, "Default", provider: "Postgres", connectionString: _databases.TenantsConnectionString));
        _first = new SiteFactory(settings, services: s => s.AddSingleton<TimeProvider>(_firstClock));
        _ = _first.Server;
        _second = new SiteFactory(settings, services: s => s.AddSingleton<TimeProvider>(_secondClock));
        _ = _second.Server;
    }

    [Fact]
    public async Task A_revoked_token_a_disabled_user_a_removed_permission_and_a_logout_end_within_the_bound()
    {
        await _first.InTenantAsync("Default", async sp =>
        {
            var store = sp.GetRequiredService<RolePermissionStore>();
            await store.SetAsync(await store.EnsureRoleAsync("Clerk"), ["AccessAdminPanel", "ViewUsers"]);
        });
        await _first.CreateUserAsync("Default", "clerk", AutoSetup.Password, "Clerk");
        await _first.CreateUserAsync("Default", "dora", AutoSetup.Password);
        var revoked = await _first.CreateTokenAsync("Default", "dora");
        var disabled = await _first.CreateTokenAsync("Default", "dora");
        var clerk = await _first.CreateTokenAsync("Default", "clerk");
        var cookie = await RawCookies.LoginAsync(_first.CreateClient(_raw), "default-admin", AutoSetup.Password);
        var probes = new (string Name, Func<HttpClient, Task<HttpStatusCode>> Send, HttpStatusCode Ended)[]
        {
            ("revoked token", c => StatusAsync(c, "api/me", token: revoked), HttpStatusCode.Unauthorized),
            ("disabled user's token", c => StatusAsync(c, "api/me", token: disabled), HttpStatusCode.Unauthorized),
            ("removed permission", c => StatusAsync(c, "Admin/Users", token: clerk), HttpStatusCode.Forbidden),
            ("logged-out cookie", c => StatusAsync(c, "api/me", cookie: cookie), HttpStatusCode.Unauthorized),
        };

        // Both instances have everything cached.
        await AssertAllAsync(_first, probes, _ => HttpStatusCode.OK, "before the changes, on the first instance");
        await AssertAllAsync(_second, probes, _ => HttpStatusCode.OK, "before the changes, on the second instance");

        await _first.InTenantAsync("Default", async sp =>
        {
            var tokens = sp.GetRequiredService<ApiTokenService>();
            var users = sp.GetRequiredService<UserManager<User>>();
            var dora = (await users.FindByNameAsync("dora"))!;
            var id = (await tokens.ListAsync(dora.Id)).Single(t => t.Hint == revoked[^4..]).Id;
            Assert.True(await tokens.RevokeAsync(dora.Id, id));
        });
        await _first.InTenantAsync("Default", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var dora = (await users.FindByNameAsync("dora"))!;
            dora.IsEnabled = false;
            Assert.True((await users.UpdateAsync(dora)).Succeeded);
        });
        var editor = new WebSession(_first.CreateSession());
        await editor.LoginOrFailAsync("default-admin", AutoSetup.Password);
        var edited = await editor.SubmitAsync("Admin/Roles/Clerk/Edit", "Admin/Roles/Clerk/Edit", [new("Description", "Clerks"), new("Permissions", "AccessAdminPanel")]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        // Logging out of one session ends every copy of the user's cookie (a new security stamp).
        var loggedOut = await editor.SubmitAsync("Account/ChangePassword", "Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);

        await AssertAllAsync(_first, probes, p => p.Ended, "on the very next request of the instance that made the change");
        await AssertAllAsync(_second, probes, _ => HttpStatusCode.OK, "on the second instance before its clock passed the interval (the cache serves)");

        _secondClock.Advance(Interval);
        await AssertAllAsync(_second, probes, p => p.Ended, $"on the second instance {Interval.TotalSeconds} s later");
    }

    private static async Task AssertAllAsync(
        SiteFactory site,
        IEnumerable<(string Name, Func<HttpClient, Task<HttpStatusCode>> Send, HttpStatusCode Ended)> probes,
        Func<(string Name, Func<HttpClient, Task<HttpStatusCode>> Send, HttpStatusCode Ended), HttpStatusCode> expected,
        string when)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var failures = new List<string>();
        foreach (var probe in probes)
        {
            var status = await probe.Send(client);
            if (status != expected(probe))
            {
                failures.Add($"{probe.Name}: {(int)status}, expected {(int)expected(probe)}");
            }
        }

        Assert.True(failures.Count == 0, $"{when}: {string.Join("; ", failures)}");
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url, string? token = null, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return (await client.SendAsync(request)).StatusCode;
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
