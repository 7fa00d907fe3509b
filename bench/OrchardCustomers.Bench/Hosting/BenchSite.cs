using Microsoft.AspNetCore.Hosting;
using OrchardCustomers.Host;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Bench.Hosting;

/// <summary>
/// The real host with the customer module, composed as the site's Program.cs composes it, set up by AutoSetup with one
/// tenant (Default) on the chosen database. Code runs in tenant scopes as a request would; nothing is a copy.
/// </summary>
public sealed class BenchSite : IAsyncDisposable
{
    public const string Tenant = ShellSettings.DefaultShellName;

    private readonly WebApplication _app;
    private readonly ShellSettings _tenant;

    private BenchSite(WebApplication app, ShellSettings tenant)
    {
        _app = app;
        _tenant = tenant;
    }

    public IServiceProvider Services => _app.Services;

    /// <param name="connectionString">Null on SQLite: the tenant's file under App_Data/Sites/Default.</param>
    /// <param name="showSql">Logs every SQL command EF sends, to see what the list service asks the database.</param>
    public static async Task<BenchSite> StartAsync(string appData, BenchDatabase database, string? connectionString, bool showSql)
    {
        const string Key = "OrchardCustomers_AutoSetup:Tenants:0:";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OrchardCustomers:AppData"] = appData,
            ["OrchardCustomers:BackgroundTasks:Enabled"] = "false",
            [Key + "ShellName"] = Tenant,
            [Key + "SiteName"] = "Benchmark",
            [Key + "AdminUsername"] = "admin",
            [Key + "AdminEmail"] = "admin@example.com",
            [Key + "AdminPassword"] = "Bench-Passw0rd!",
            [Key + "DatabaseProvider"] = database.ToString(),
            [Key + "DatabaseConnectionString"] = connectionString,
            [Key + "RecipeName"] = "blank",
            [Key + "DefaultCulture"] = "de-DE",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (showSql)
        {
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        }

        builder.AddOrchardCustomersHost(host => host.AddModule(typeof(Module.ModuleAssembly).Assembly));
        var app = builder.Build();
        app.UseOrchardCustomersHost();
        await app.StartAsync();

        var tenant = await app.Services.GetRequiredService<IShellRegistry>().FindAsync(Tenant)
            ?? throw new InvalidOperationException("AutoSetup did not create the tenant.");
        if (tenant.State != TenantState.Running)
        {
            throw new InvalidOperationException($"The tenant is {tenant.State}, not Running: AutoSetup failed (see the log above).");
        }

        return new BenchSite(app, tenant);
    }

    /// <summary>A tenant scope, as the tenant middleware makes one per request.</summary>
    public AsyncServiceScope CreateScope()
    {
        var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellContext>().Settings = _tenant;
        return scope;
    }

    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = CreateScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>The tenant's connection settings, for the hand-written SQL and the bulk loader.</summary>
    public Task<TenantConnectionSettings> ConnectionAsync() => InTenantAsync(sp => Task.FromResult(sp.GetRequiredService<TenantDatabase>().Settings));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
