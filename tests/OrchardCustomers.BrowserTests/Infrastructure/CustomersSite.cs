using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>
/// A site set up at start by AutoSetup with the blank recipe, which enables the Customers feature, and besides the
/// administrator one user per role that works with customers (<see cref="TestAccounts.ManagerUserName"/>,
/// <see cref="TestAccounts.AccountantUserName"/>). Tests can prepare data through the site's own services.
/// </summary>
public sealed class CustomersSite : SiteFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => BlankSiteSettings.AutoSetup;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(TestAccounts.ManagerUserName, RoleNames.Manager);
        await CreateUserAsync(TestAccounts.AccountantUserName, RoleNames.Accountant);
    }

    /// <summary>Runs code in a scope of the Default tenant, as a request would.</summary>
    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<IShellRegistry>().FindAsync(BlankSiteSettings.Tenant)
            ?? throw new InvalidOperationException($"No tenant {BlankSiteSettings.Tenant}.");
        scope.ServiceProvider.GetRequiredService<ShellContext>().Settings = settings;
        return await action(scope.ServiceProvider);
    }

    public Task InTenantAsync(Func<IServiceProvider, Task> action) =>
        InTenantAsync(async sp =>
        {
            await action(sp);
            return true;
        });

    private Task CreateUserAsync(string userName, string role) =>
        InTenantAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = userName, Email = $"{userName}@example.com", EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
            Check(await users.CreateAsync(user, TestAccounts.UserPassword));
            Check(await users.AddToRoleAsync(user, role));
        });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
