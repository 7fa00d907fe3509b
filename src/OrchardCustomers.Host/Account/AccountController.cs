using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Localization;
using OrchardCustomers.Host.Security.Throttling;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Settings;

namespace OrchardCustomers.Host.Account;

/// <summary>Login, logout, change of password and of language: what every user does for themselves.</summary>
public sealed class AccountController(
    SignInManager<User> signIn,
    UserManager<User> users,
    PasswordLogin passwordLogin,
    LoginAttemptTracker attempts,
    Notifier notifier,
    IStringLocalizer<AccountController> S,
    ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet("Login")]
    public IActionResult Login(string? returnUrl, string? userName)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        // A user name in the link (after setup) saves typing it; the password is never carried.
        return View(new LoginViewModel { ReturnUrl = returnUrl, UserName = userName ?? "" });
    }

    [AllowAnonymous]
    [HttpPost("Login")]
    [EnableRateLimiting(LoginThrottlePolicy.Name)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var (outcome, user) = await passwordLogin.SignInAsync(model.UserName, model.Password, model.RememberMe);
        if (outcome == LoginOutcome.Succeeded)
        {
            if (user!.Culture is { } culture && SupportedCultures.IsSupported(culture))
            {
                CultureCookie.Write(HttpContext, culture);
            }

            logger.LogInformation("User {UserName} logged in", user.UserName);
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        ModelState.AddModelError("", outcome switch
        {
            LoginOutcome.LockedOut => S["Too many failed attempts. The account is locked for a few minutes."],
            LoginOutcome.Disabled => S["This account is disabled."],
            _ => S["The user name or the password is wrong."],
        });
        return View(model);
    }

    [Authorize]
    [HttpPost("Logout")]
    public async Task<IActionResult> Logout()
    {
        // A new security stamp ends this session on the server too: a copy of the cookie no longer works.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect(Url.Content("~/Login"));
    }

    [Authorize]
    [HttpGet("Account/ChangePassword")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [Authorize]
    [HttpPost("Account/ChangePassword")]
    [EnableRateLimiting(LoginThrottlePolicy.Name)]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                // A stolen session must not become a way to guess the password.
                attempts.RecordFailure(HttpContext);
                logger.LogWarning("Wrong current password for {UserName} from {RemoteIp} when changing the password", user.UserName, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            }

            // A field shows one message: all the password rules the new one breaks go into it at once.
            foreach (var field in result.Errors.GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(model.CurrentPassword) : nameof(model.NewPassword)))
            {
                ModelState.AddModelError(field.Key, string.Join(" ", field.Select(e => e.Description)));
            }

            return View(model);
        }

        await signIn.RefreshSignInAsync(user);
        notifier.Success(S["Your password was changed."]);
        return Redirect(Url.Content("~/Admin"));
    }

    /// <summary>Switches the UI language; a logged-in user keeps the choice on their account.</summary>
    [AllowAnonymous]
    [HttpPost("Account/Culture")]
    public async Task<IActionResult> Culture(string culture, string? returnUrl)
    {
        if (!SupportedCultures.IsSupported(culture))
        {
            return BadRequest();
        }

        culture = SupportedCultures.Normalize(culture);
        CultureCookie.Write(HttpContext, culture);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            user.Culture = culture;
            await users.UpdateAsync(user);
        }

        return LocalRedirect(SafeReturnUrl(returnUrl, fallback: "~/"));
    }

    private string SafeReturnUrl(string? returnUrl, string fallback = "~/Admin") =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content(fallback);
}
