using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Account;

/// <summary>
/// A one-tenant site (SQLite, English) whose password hasher counts its verifications and whose warnings are kept,
/// for the tests of login abuse. The throttle's state lives in memory, so one database suffices.
/// </summary>
public sealed class LoginAbuseSite : IAsyncLifetime
{
    private const string Tenant = "Default";
    private TestDatabases _databases = null!;
    private SiteFactory _root = null!;

    public WebApplicationFactory<Program> Site { get; private set; } = null!;

    public PasswordHashCounter Hashes { get; } = new();

    public CapturedLog Log { get; } = new();

    public ErrorLog Errors => _root.Errors;

    public async Task InitializeAsync()
    {
        _databases = await TestDatabases.CreateAsync(DatabaseKind.Sqlite, "abuse");
        _root = new SiteFactory(AutoSetup.Combine(
            _databases.ShellsSettings(),
            AutoSetup.Tenant(0, Tenant, provider: _databases.Provider, connectionString: _databases.TenantsConnectionString, culture: "en-US")));
        Site = _root.WithWebHostBuilder(builder =>
        {
            builder.ConfigureTestServices(services => services.AddScoped<IPasswordHasher<User>>(sp =>
                new CountingPasswordHasher(new PasswordHasher<User>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), Hashes)));
            builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Log)));
        });
        _ = Site.Server;
        Errors.AssertEmpty();
    }

    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellContext>().Settings =
            await scope.ServiceProvider.GetRequiredService<IShellRegistry>().FindAsync(Tenant) ?? throw new InvalidOperationException("No Default tenant.");
        return await action(scope.ServiceProvider);
    }

    /// <returns>The new user's name, which starts with <paramref name="prefix"/>.</returns>
    public Task<string> CreateUserAsync(string prefix) => InTenantAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = prefix + "-" + Guid.NewGuid().ToString("n")[..8], EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
        user.Email = user.UserName + "@example.com";
        Assert.True((await users.CreateAsync(user, AutoSetup.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, RoleNames.Manager)).Succeeded);
        return user.UserName;
    });

    public Task ChangeUserAsync(string userName, Func<UserManager<User>, User, Task<IdentityResult>> change) => InTenantAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<User>>();
        var result = await change(users, (await users.FindByNameAsync(userName))!);
        Assert.True(result.Succeeded);
        return true;
    });

    public Task<User> FindUserAsync(string userName) =>
        InTenantAsync(async sp => (await sp.GetRequiredService<UserManager<User>>().FindByNameAsync(userName))!);

    public async Task DisposeAsync()
    {
        // The root factory disposes the site derived from it.
        await _root.DisposeAsync();
        await _databases.DisposeAsync();
    }
}
