using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Throttling;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Account;

public abstract class AccountTests : IAsyncLifetime
{
    private DatabaseSite _database = null!;
    private SiteFactory _site = null!;

    public async Task InitializeAsync()
    {
        _database = await DatabaseSite.StartAsync(Kind);
        _site = _database.Site;
        await _site.CreateUserAsync("Default", "bea", AutoSetup.Password, RoleNames.Manager);
    }

    [Fact]
    public async Task Wrong_passwords_from_many_addresses_still_lock_the_account_even_against_the_right_one()
    {
        // One address is throttled long before the lockout; the lockout is for guesses spread over many addresses.
        var lockout = _site.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout.MaxFailedAccessAttempts;
        var throttle = _site.Services.GetRequiredService<IOptions<LoginThrottleOptions>>().Value.PermitLimit;
        Assert.True(lockout > throttle, $"One address could lock an account ({lockout} failures) before its throttle ({throttle}) stops it.");

        WebSession? session = null;
        for (var failure = 1; failure < lockout; failure++)
        {
            if ((failure - 1) % (throttle - 1) == 0)
            {
                session = new WebSession(ClientAddress.From(_site, ClientAddress.Unique()));
            }

            var wrong = await WebSession.ParseAsync(await session!.LoginAsync("bea", "Wrong-password-1"));
            Assert.Contains("wrong", wrong.QuerySelector("[data-testid=login-errors]")!.TextContent, StringComparison.Ordinal);
        }

        var last = await WebSession.ParseAsync(await new WebSession(ClientAddress.From(_site, ClientAddress.Unique())).LoginAsync("bea", "Wrong-password-1"));
        Assert.Contains("locked", last.QuerySelector("[data-testid=login-errors]")!.TextContent, StringComparison.Ordinal);

        var locked = await WebSession.ParseAsync(await new WebSession(ClientAddress.From(_site, ClientAddress.Unique())).LoginAsync("bea", AutoSetup.Password));
        Assert.Contains("locked", locked.QuerySelector("[data-testid=login-errors]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_user_can_neither_log_in_nor_use_a_token()
    {
        var token = await _site.CreateTokenAsync("Default", "bea");
        await _site.InTenantAsync("Default", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = await users.FindByNameAsync("bea");
            user!.IsEnabled = false;
            await users.UpdateAsync(user);
        });

        var page = await WebSession.ParseAsync(await new WebSession(_site.CreateSession()).LoginAsync("bea", AutoSetup.Password));
        Assert.Contains("disabled", page.QuerySelector("[data-testid=login-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("api/me")).StatusCode);
    }

    [Fact]
    public async Task A_token_is_shown_once_stored_hashed_and_refused_once_revoked()
    {
        var session = new WebSession(_site.CreateSession());
        await session.LoginOrFailAsync("bea", AutoSetup.Password);
        var created = await session.SubmitAsync("Admin/ApiTokens", "Admin/ApiTokens/Create", [new("NewToken.Name", "Nightly export"), new("NewToken.ExpiresInDays", "30")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var shown = await session.GetPageAsync("Admin/ApiTokens");
        var token = shown.QuerySelector("[data-testid=notification-secret]")!.TextContent.Trim();
        Assert.StartsWith("oct_", token, StringComparison.Ordinal);
        var again = await session.GetPageAsync("Admin/ApiTokens");
        Assert.Null(again.QuerySelector("[data-testid=notification-secret]"));

        var stored = await _site.InTenantAsync("Default", sp => sp.GetRequiredService<HostDbContext>().ApiTokens.SingleAsync(t => t.Name == "Nightly export"));
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(token).GetAsync("api/me")).StatusCode);

        var revoked = await session.SubmitAsync("Admin/ApiTokens", $"Admin/ApiTokens/{stored.Id}/Revoke", []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var refused = await Bearer(token).GetAsync("api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = await _site.CreateTokenAsync("Default", "bea");
        await _site.InTenantAsync("Default", sp => sp.GetRequiredService<HostDbContext>().ApiTokens
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("api/me")).StatusCode);
    }

    [Fact]
    public async Task A_user_s_language_choice_follows_them_to_their_next_login()
    {
        var first = new WebSession(_site.CreateSession());
        await first.LoginOrFailAsync("bea", AutoSetup.Password);
        Assert.Equal("en", (await first.GetPageAsync("Admin")).DocumentElement.GetAttribute("lang"));
        var switched = await first.SubmitAsync("Admin", "Account/Culture", [new("culture", "de-DE"), new("returnUrl", "/Admin")]);
        Assert.Equal("/Admin", switched.Headers.Location!.OriginalString);
        Assert.Equal("de", (await first.GetPageAsync("Admin")).DocumentElement.GetAttribute("lang"));

        var elsewhere = new WebSession(_site.CreateSession());
        await elsewhere.LoginOrFailAsync("bea", AutoSetup.Password);
        var page = await elsewhere.GetPageAsync("Admin");
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Übersicht", page.QuerySelector("[data-testid=menu-dashboard]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Changing_the_password_checks_the_current_one()
    {
        var session = new WebSession(_site.CreateSession());
        await session.LoginOrFailAsync("bea", AutoSetup.Password);
        var refused = await WebSession.ParseAsync(await session.SubmitAsync("Account/ChangePassword", "Account/ChangePassword",
            [new("CurrentPassword", "not-it"), new("NewPassword", "N3w-password!"), new("PasswordConfirmation", "N3w-password!")]));
        Assert.Contains("Incorrect", refused.QuerySelector("[data-testid=error-CurrentPassword]")!.TextContent, StringComparison.Ordinal);

        var changed = await session.SubmitAsync("Account/ChangePassword", "Account/ChangePassword",
            [new("CurrentPassword", AutoSetup.Password), new("NewPassword", "N3w-password!"), new("PasswordConfirmation", "N3w-password!")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await new WebSession(_site.CreateSession()).LoginOrFailAsync("bea", "N3w-password!");
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var response = await new WebSession(_site.CreateSession()).SubmitAsync("Login", "Login",
            [new("UserName", "bea"), new("Password", AutoSetup.Password), new("ReturnUrl", "https://evil.example/")]);
        Assert.Equal("/Admin", response.Headers.Location!.OriginalString);
    }

    private HttpClient Bearer(string token)
    {
        var client = _site.CreateSession();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected abstract DatabaseKind Kind { get; }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _database.DisposeAsync();
    }
}
