using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Health;

public sealed class HealthTests : IAsyncLifetime
{
    private const string AdminToken = "health-token-0123456789-0123456789-01";

    private readonly SiteFactory _site = new(AutoSetup.Combine(AutoSetup.Tenant(0, "Default", apiToken: AdminToken)));

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_running_tenant_with_its_database_is_healthy_and_an_administrator_sees_the_details()
    {
        var response = await WithToken(AdminToken).GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Default", json.RootElement.GetProperty("tenant").GetString());
        Assert.Equal("Running", json.RootElement.GetProperty("state").GetString());
        var check = Assert.Single(json.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("The database answers and its schema is up to date.", check.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Anonymous_callers_learn_the_status_and_nothing_else()
    {
        var response = await _site.CreateClient().GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy"}""", await response.Content.ReadAsStringAsync());
        // The benchmark's query count is off unless configured: the normal site neither counts nor says so.
        Assert.False(response.Headers.Contains("Server-Timing"));
    }

    [Fact]
    public async Task A_user_who_may_not_manage_tenants_learns_the_status_only()
    {
        await _site.CreateUserAsync("Default", "health-manager", AutoSetup.Password, RoleNames.Manager);
        var token = await _site.CreateTokenAsync("Default", "health-manager");

        var response = await WithToken(token).GetAsync("health");
        Assert.Equal("""{"status":"Healthy"}""", await response.Content.ReadAsStringAsync());
        var unknown = await WithToken("oct_not-a-token-of-this-site").GetAsync("health");
        Assert.Equal("""{"status":"Healthy"}""", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_database_that_lacks_a_migration_of_the_schema_is_unhealthy()
    {
        await _site.InTenantAsync("Default", async sp =>
        {
            var connection = sp.GetRequiredService<TenantDatabase>().Connection;
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""DELETE FROM "{HostDbContext.HistoryTable}" WHERE "MigrationId" = (SELECT max("MigrationId") FROM "{HostDbContext.HistoryTable}")""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        });

        _site.Errors.Expect("Health check tenant-database with status Unhealthy");
        _site.Errors.Expect("The database of the tenant Default is unusable");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _site.CreateClient().GetAsync("health")).StatusCode);
        Assert.Contains(_site.Errors.Expected, e => e.Contains("lacks 1 migration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tenant_whose_database_does_not_answer_is_unhealthy()
    {
        var registry = _site.Services.GetRequiredService<IShellRegistry>();
        await registry.CreateAsync(new ShellSettings
        {
            Name = "down",
            RequestUrlPrefix = "down",
            DatabaseProvider = DatabaseProvider.Postgres,
            DatabaseConnectionString = "Host=127.0.0.1;Port=1;Database=gone;Timeout=2",
        });
        await registry.TryChangeStateAsync("down", TenantState.Uninitialized, TenantState.Running);

        _site.Errors.Expect("127.0.0.1:1");
        _site.Errors.Expect("'gone'");
        _site.Errors.Expect("Health check tenant-database with status Unhealthy");
        _site.Errors.Expect("The database of the tenant down is unusable");
        var response = await _site.CreateClient().GetAsync("down/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_or_unknown_tenant_answers_404_with_a_plain_page()
    {
        var registry = _site.Services.GetRequiredService<IShellRegistry>();
        await registry.CreateAsync(new ShellSettings { Name = "gone", RequestUrlHost = "gone.test", State = TenantState.Disabled });

        var disabled = await _site.CreateClient(new() { BaseAddress = new Uri("http://gone.test/") }).GetAsync("Admin");
        Assert.Equal(HttpStatusCode.NotFound, disabled.StatusCode);
        var text = await disabled.Content.ReadAsStringAsync();
        Assert.Contains("There is no site at this address.", text, StringComparison.Ordinal);
        Assert.Contains("Unter dieser Adresse gibt es keine Website.", text, StringComparison.Ordinal);
    }

    private HttpClient WithToken(string token)
    {
        var client = _site.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _site.DisposeAsync();
    }
}
