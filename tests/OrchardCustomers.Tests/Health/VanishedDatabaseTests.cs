using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Health;

/// <summary>
/// A running tenant whose database has vanished answers 503 and is never started over on an empty database, neither
/// while the site runs nor after a restart; the other tenants carry on.
/// </summary>
public abstract class VanishedDatabaseTests : IAsyncLifetime
{
    protected const string Tenant = "acme";
    private const string Token = "vanish-token-0123456789-0123456789-01";

    private TestDatabases _databases = null!;
    private Dictionary<string, string?> _settings = null!;

    protected abstract DatabaseKind Kind { get; }

    protected SiteFactory Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _databases = await TestDatabases.CreateAsync(Kind, "vanish");
        var postgres = Kind == DatabaseKind.Postgres;
        _settings = AutoSetup.Combine(
            _databases.ShellsSettings(),
            AutoSetup.Tenant(0, "Default", provider: _databases.Provider, connectionString: _databases.TenantsConnectionString, schema: postgres ? "tenant_default" : null),
            AutoSetup.Tenant(1, Tenant, prefix: Tenant, provider: _databases.Provider, connectionString: _databases.TenantsConnectionString,
                schema: postgres ? "tenant_" + Tenant : null, apiToken: Token));
        Site = new SiteFactory(_settings);
        _ = Site.Server;
    }

    /// <summary>Removes the tenant's database behind the site's back, as a wrong backup script or a full disk would.</summary>
    protected abstract Task VanishAsync();

    protected abstract Task<bool> IsGoneAsync();

    /// <summary>What a request other than /health gets from a site whose database vanished while it ran.</summary>
    protected virtual Task AssertRequestsAreRefusedAsync(SiteFactory site) => Task.CompletedTask;

    [Fact]
    public async Task The_tenant_answers_503_and_is_not_recreated_empty_even_after_a_restart()
    {
        Assert.Equal(HttpStatusCode.OK, (await Site.CreateClient().GetAsync($"{Tenant}/health")).StatusCode);
        await VanishAsync();
        Expect(Site.Errors);

        var health = await Site.CreateClient().GetAsync($"{Tenant}/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("""{"status":"Unhealthy"}""", await health.Content.ReadAsStringAsync());
        await AssertRequestsAreRefusedAsync(Site);
        Assert.True(await IsGoneAsync(), "The tenant's database came back empty while the site ran.");
        Assert.Contains(Site.Errors.Expected, e => e.Contains($"tenant {Tenant}", StringComparison.Ordinal));

        // A restart on the same App_Data and shells database: the start-up migrator must not create the database either.
        await using var restarted = new SiteFactory(_settings, Site.AppData);
        Expect(restarted.Errors);
        _ = restarted.Server;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await restarted.CreateClient().GetAsync($"{Tenant}/health")).StatusCode);
        await AssertRequestsAreRefusedAsync(restarted);
        Assert.True(await IsGoneAsync(), "The restart created an empty database for the tenant.");
        Assert.Contains(restarted.Errors.Expected, e => e.Contains($"tenant {Tenant}", StringComparison.Ordinal));

        // The other tenant is not affected.
        Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync("health")).StatusCode);
        restarted.Errors.AssertEmpty();
    }

    protected static HttpClient Api(SiteFactory site)
    {
        var client = site.CreateSession();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    protected static StringContent Customer() =>
        new("""{ "kind": "company", "companyName": "Nach dem Verlust GmbH" }""", Encoding.UTF8, "application/json");

    private static void Expect(ErrorLog errors)
    {
        errors.Expect($"The database of the tenant {Tenant} is unusable");
        errors.Expect($"Migrating the database of the tenant {Tenant} failed");
        errors.Expect("Health check tenant-database with status Unhealthy");
    }

    public async Task DisposeAsync()
    {
        Site.Errors.AssertEmpty();
        await Site.DisposeAsync();
        await _databases.DisposeAsync();
    }
}
