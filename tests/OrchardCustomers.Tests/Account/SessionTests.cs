using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Account;

/// <summary>
/// A login cookie is only as good as the session behind it: logging out or disabling the user ends every copy of it
/// on the next request; an API token stops working once its user is disabled, locked out or deleted.
/// </summary>
public abstract class SessionTests(MultiTenantSite fixture)
{
    [Fact]
    public async Task Logging_out_ends_the_session_for_every_copy_of_the_cookie()
    {
        // acme answers at a prefix: the stamp is checked in the tenant's own database.
        const string tenant = "acme";
        var name = await NewUserAsync(tenant);
        var session = new WebSession(fixture.Client(tenant));
        var login = await session.LoginAsync(name, AutoSetup.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = RawCookies.Of(login).Single(c => c.StartsWith(".OrchardCustomers.Auth_", StringComparison.Ordinal));

        using var copy = fixture.Site.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(MultiTenantSite.BaseAddress(tenant)),
        });
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.GetAsync(copy, "Admin", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.GetAsync(copy, "api/me", cookie)).StatusCode);

        var logout = await session.SubmitAsync("Admin", "Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var admin = await RawCookies.GetAsync(copy, "Admin", cookie);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("/Login", admin.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var api = await RawCookies.GetAsync(copy, "api/me", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_user_who_is_disabled_is_logged_out_on_the_next_request()
    {
        const string tenant = "Default";
        var name = await NewUserAsync(tenant);
        var session = new WebSession(fixture.Client(tenant));
        await session.LoginOrFailAsync(name, AutoSetup.Password);
        await session.GetPageAsync("Admin");

        // Disabled without a new security stamp: the flag alone must end the session.
        await fixture.Site.InTenantAsync(tenant, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = await users.FindByNameAsync(name);
            user!.IsEnabled = false;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        });

        var next = await session.Client.GetAsync("Admin");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/Login", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
        fixture.Site.Errors.AssertEmpty();
    }

    [Theory]
    [InlineData("disabled")]
    [InlineData("locked out")]
    [InlineData("deleted")]
    public async Task An_api_token_stops_working_when_its_user_is(string state)
    {
        const string tenant = "Default";
        var name = await NewUserAsync(tenant);
        var token = await fixture.Site.CreateTokenAsync(tenant, name);
        using var api = fixture.Client(tenant);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("api/me")).StatusCode);

        await fixture.Site.InTenantAsync(tenant, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByNameAsync(name))!;
            var result = state switch
            {
                "disabled" => await Disable(users, user),
                "locked out" => await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(5)),
                _ => await users.DeleteAsync(user),
            };
            Assert.True(result.Succeeded);
        });

        var refused = await api.GetAsync("api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        fixture.Site.Errors.AssertEmpty();
    }

    private static Task<IdentityResult> Disable(UserManager<User> users, User user)
    {
        user.IsEnabled = false;
        return users.UpdateAsync(user);
    }

    private async Task<string> NewUserAsync(string tenant)
    {
        var name = "session-" + Guid.NewGuid().ToString("n")[..10];
        await fixture.Site.CreateUserAsync(tenant, name, AutoSetup.Password, RoleNames.Manager);
        return name;
    }
}
