using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>
/// The real site in-process with its own App_Data folder, the test module loaded and background tasks driven by hand.
/// Settings are any configuration keys, e.g. the AutoSetup section.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Test services added last (e.g. a fake clock, an EF interceptor that counts commands).</param>
    public SiteFactory(IReadOnlyDictionary<string, string?>? settings = null, string? appData = null, Action<IServiceCollection>? services = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        AppData = appData ?? Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(AppData);
    }

    public string AppData { get; }

    /// <summary>A recipes folder of this site's own, searched besides the shipped recipes.</summary>
    public string RecipesFolder => Path.Combine(AppData, "test-recipes");

    public void AddRecipe(string fileName, string json)
    {
        Directory.CreateDirectory(RecipesFolder);
        File.WriteAllText(Path.Combine(RecipesFolder, fileName), json);
    }

    public ErrorLog Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("OrchardCustomers:AppData", AppData);
        builder.UseSetting("OrchardCustomers:BackgroundTasks:Enabled", "false");
        builder.UseSetting("OrchardCustomers:Modules:0", typeof(SiteFactory).Assembly.GetName().Name);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Configure<RecipeOptions>(o => o.Folders.Add(RecipesFolder)));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(new ErrorLogProvider(Errors));
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so that tests see them.</summary>
    public HttpClient CreateSession(string baseAddress = "http://localhost/") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });

    /// <summary>Runs code in a scope of the tenant, as a request or a background task would.</summary>
    public async Task<T> InTenantAsync<T>(string tenant, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<IShellRegistry>().FindAsync(tenant)
            ?? throw new InvalidOperationException($"No tenant {tenant}.");
        scope.ServiceProvider.GetRequiredService<ShellContext>().Settings = settings;
        return await action(scope.ServiceProvider);
    }

    public Task InTenantAsync(string tenant, Func<IServiceProvider, Task> action) =>
        InTenantAsync(tenant, async sp =>
        {
            await action(sp);
            return true;
        });

    public Task<string> CreateUserAsync(string tenant, string userName, string password, params string[] roles) =>
        InTenantAsync(tenant, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = userName, Email = $"{userName}@example.com", EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
            Check(await users.CreateAsync(user, password));
            if (roles.Length > 0)
            {
                Check(await users.AddToRolesAsync(user, roles));
            }

            return user.Id;
        });

    public Task<string> CreateTokenAsync(string tenant, string userName) =>
        InTenantAsync(tenant, async sp =>
        {
            var user = await sp.GetRequiredService<UserManager<User>>().FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
            var (_, value) = await sp.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "test", null);
            return value;
        });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
            // A file still open at the end of a run only wastes temp space.
        }
    }
}
