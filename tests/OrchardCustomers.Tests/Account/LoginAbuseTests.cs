using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Security.Throttling;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Account;

/// <summary>
/// Login abuse: user names cannot be found by the work a refusal costs or by its wording, one address cannot guess on
/// and on nor lock an account, and every failed login is logged with name, address, tenant and reason.
/// </summary>
public sealed class LoginAbuseTests(LoginAbuseSite fixture) : IClassFixture<LoginAbuseSite>
{
    private const string WrongPassword = "Wrong-password-1";

    private int Limit => fixture.Site.Services.GetRequiredService<IOptions<LoginThrottleOptions>>().Value.PermitLimit;

    [Fact]
    public async Task An_unknown_user_costs_one_password_hash_and_gets_the_answer_a_wrong_password_gets()
    {
        var known = await fixture.CreateUserAsync("known");
        var disabled = await fixture.CreateUserAsync("disabled");
        await fixture.ChangeUserAsync(disabled, (users, user) =>
        {
            user.IsEnabled = false;
            return users.UpdateAsync(user);
        });
        var session = new WebSession(ClientAddress.From(fixture.Site, ClientAddress.Unique()));

        var wrong = await FailedLoginAsync(session, known);
        var unknown = await FailedLoginAsync(session, "nobody-" + Guid.NewGuid().ToString("n")[..8]);
        var disabledWrong = await FailedLoginAsync(session, disabled);

        Assert.Equal(1, wrong.Hashes);
        Assert.Equal(wrong, unknown);
        Assert.Equal(wrong, disabledWrong);
        Assert.Contains("wrong", wrong.Message, StringComparison.Ordinal);
        fixture.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_locked_out_account_costs_a_password_hash_too()
    {
        var locked = await fixture.CreateUserAsync("locked");
        await fixture.ChangeUserAsync(locked, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(5)));
        var refusal = await FailedLoginAsync(new WebSession(ClientAddress.From(fixture.Site, ClientAddress.Unique())), locked);
        Assert.Equal(1, refusal.Hashes);
        Assert.Contains("locked", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_address_that_guesses_too_often_gets_429_while_others_log_in_and_the_account_stays_unlocked()
    {
        var victim = await fixture.CreateUserAsync("victim");
        var guesser = new WebSession(ClientAddress.From(fixture.Site, ClientAddress.Unique()));
        for (var attempt = 1; attempt <= Limit; attempt++)
        {
            var refused = await FailedLoginAsync(guesser, victim);
            Assert.True(refused.Status == HttpStatusCode.OK && refused.Message.Contains("wrong", StringComparison.Ordinal), $"Attempt {attempt}: {refused}");
        }

        // Even the right password is not looked at any more from this address.
        var hashes = fixture.Hashes.Verifications;
        var throttled = await guesser.LoginAsync(victim, AutoSetup.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(hashes, fixture.Hashes.Verifications);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A 429 must say when to try again.");
        var page = await WebSession.ParseAsync(throttled);
        Assert.Contains("Too many failed attempts", page.QuerySelector("[data-testid=throttled-text]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));

        var user = await fixture.FindUserAsync(victim);
        Assert.False(user.LockoutEnd > DateTimeOffset.UtcNow, "The throttled guesses locked the account.");
        await new WebSession(ClientAddress.From(fixture.Site, ClientAddress.Unique())).LoginOrFailAsync(victim, AutoSetup.Password);
        fixture.Errors.AssertEmpty();
    }

    [Fact]
    public async Task Successful_logins_never_count_towards_the_throttle()
    {
        var colleague = await fixture.CreateUserAsync("colleague");
        var office = ClientAddress.Unique();
        for (var login = 0; login <= Limit; login++)
        {
            await new WebSession(ClientAddress.From(fixture.Site, office)).LoginOrFailAsync(colleague, AutoSetup.Password);
        }
    }

    [Fact]
    public async Task Wrong_current_passwords_when_changing_the_password_are_throttled_too()
    {
        var user = await fixture.CreateUserAsync("changer");
        var session = new WebSession(ClientAddress.From(fixture.Site, ClientAddress.Unique()));
        await session.LoginOrFailAsync(user, AutoSetup.Password);
        for (var attempt = 1; attempt <= Limit; attempt++)
        {
            var refused = await ChangePasswordAsync(session, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        var throttled = await ChangePasswordAsync(session, AutoSetup.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull((await WebSession.ParseAsync(throttled)).QuerySelector("[data-testid=throttled-text]"));
        fixture.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_failed_login_is_logged_with_user_name_address_tenant_and_reason()
    {
        var known = await fixture.CreateUserAsync("logged");
        var address = ClientAddress.Unique();
        var session = new WebSession(ClientAddress.From(fixture.Site, address));
        await session.LoginAsync(known, WrongPassword);
        await session.LoginAsync("forged\r\nFailed login for admin", WrongPassword);

        var entries = fixture.Log.Entries
            .Where(e => e.Values.GetValueOrDefault("{OriginalFormat}") == "Failed login for {UserName} from {RemoteIp} in tenant {Tenant}: {Reason}"
                        && e.Values.GetValueOrDefault("RemoteIp") == address.ToString())
            .ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(LogLevel.Warning, e.Level));
        Assert.All(entries, e => Assert.Equal("Default", e.Values["Tenant"]));
        Assert.Equal(known, entries[0].Values["UserName"]);
        Assert.Equal("wrong password", entries[0].Values["Reason"]);

        // A typed name is the attacker's: no line break of it reaches the log.
        Assert.Equal("forged??Failed login for admin", entries[1].Values["UserName"]);
        Assert.Equal("unknown user", entries[1].Values["Reason"]);
    }

    private async Task<(HttpStatusCode Status, string Message, int Hashes)> FailedLoginAsync(WebSession session, string userName)
    {
        var before = fixture.Hashes.Verifications;
        var response = await session.LoginAsync(userName, WrongPassword);
        var hashes = fixture.Hashes.Verifications - before;
        var page = await WebSession.ParseAsync(response);
        return (response.StatusCode, ErrorsOf(page), hashes);
    }

    private static string ErrorsOf(IHtmlDocument page) => page.QuerySelector("[data-testid=login-errors]")?.TextContent.Trim() ?? "";

    private static Task<HttpResponseMessage> ChangePasswordAsync(WebSession session, string current) =>
        session.SubmitAsync("Account/ChangePassword", "Account/ChangePassword",
            [new("CurrentPassword", current), new("NewPassword", "N3w-password!"), new("PasswordConfirmation", "N3w-password!")]);
}
