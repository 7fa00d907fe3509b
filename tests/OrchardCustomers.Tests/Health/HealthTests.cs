using System.Net;
using System.Text.Json;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Health;

public sealed class HealthTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new(AutoSetup.Combine(AutoSetup.Tenant(0, "Default")));

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_running_tenant_with_its_database_is_healthy()
    {
        var response = await _site.CreateClient().GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Default", json.RootElement.GetProperty("tenant").GetString());
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

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _site.DisposeAsync();
    }
}
