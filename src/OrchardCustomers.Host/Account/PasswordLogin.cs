using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Throttling;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Account;

/// <summary>
/// Checks a user name (or email) and password and signs the user in. Every refused attempt costs one password hash,
/// answers the same whether or not the user exists, is logged with its reason and counts towards the client's
/// throttle.
/// </summary>
public sealed class PasswordLogin(
    SignInManager<User> signIn,
    UserManager<User> users,
    IPasswordHasher<User> hasher,
    UnknownUserPasswordHash unknownUserHash,
    LoginAttemptTracker attempts,
    ShellContext shell,
    IHttpContextAccessor httpContextAccessor,
    ILogger<PasswordLogin> logger)
{
    /// <summary>How much of a typed user name goes into the log: enough to recognise it, not a flood.</summary>
    private const int LoggedNameLength = 100;

    public async Task<(LoginOutcome Outcome, User? User)> SignInAsync(string userNameOrEmail, string password, bool remember)
    {
        var name = userNameOrEmail.Trim();
        var user = await users.FindByNameAsync(name) ?? await users.FindByEmailAsync(name);
        if (user is null)
        {
            unknownUserHash.Verify(hasher, password);
            return Failed(LoginOutcome.WrongCredentials, name, "unknown user", null);
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return (LoginOutcome.Succeeded, user);
        }

        if (result.IsLockedOut)
        {
            // Identity refuses a locked account before it looks at the password: do the same work anyway.
            unknownUserHash.Verify(hasher, password);
            return Failed(LoginOutcome.LockedOut, name, "locked out", user);
        }

        if (result.IsNotAllowed)
        {
            // Identity refuses a disabled account before it looks at the password. Saying "disabled" to anybody who
            // types the name would tell them the account exists: only the right password learns it.
            return await users.CheckPasswordAsync(user, password)
                ? Failed(LoginOutcome.Disabled, name, "disabled", user)
                : Failed(LoginOutcome.WrongCredentials, name, "wrong password for a disabled user", user);
        }

        return Failed(LoginOutcome.WrongCredentials, name, "wrong password", user);
    }

    private (LoginOutcome, User?) Failed(LoginOutcome outcome, string typedName, string reason, User? user)
    {
        var http = httpContextAccessor.HttpContext;
        if (http is not null)
        {
            attempts.RecordFailure(http);
        }

        logger.LogWarning(
            "Failed login for {UserName} from {RemoteIp} in tenant {Tenant}: {Reason}",
            user?.UserName ?? Printable(typedName),
            http?.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            shell.HasTenant ? shell.Settings.Name : "",
            reason);
        return (outcome, user);
    }

    /// <summary>A typed name is attacker-chosen: no line breaks or other control characters into the log.</summary>
    internal static string Printable(string typed)
    {
        var shortened = typed.Length > LoggedNameLength ? typed[..LoggedNameLength] + "…" : typed;
        return string.Create(shortened.Length, shortened, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || char.GetUnicodeCategory(source[i]) == System.Globalization.UnicodeCategory.Format ? '?' : source[i];
            }
        });
    }
}
