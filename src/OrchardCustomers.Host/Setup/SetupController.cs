using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Localization;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Setup;

/// <summary>The first-run screen of a tenant that is not set up yet.</summary>
[AllowAnonymous]
[Route("Setup")]
public sealed class SetupController(
    SetupService setup,
    RecipeHarvester recipes,
    SetupTokenService tokens,
    SetupLoginTicket loginTicket,
    ShellContext shell,
    Notifier notifier,
    IStringLocalizer<SetupController> S,
    ILogger<SetupController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? token, CancellationToken cancellationToken)
    {
        if (!CanSetUp(token))
        {
            return NotFound();
        }

        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var model = new SetupViewModel
        {
            Token = token,
            DefaultCulture = SupportedCultures.IsSupported(culture) ? culture : SupportedCultures.Default,
        };
        ApplyPresets(model);
        await LoadRecipesAsync(model, cancellationToken);
        return View(model);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SetupViewModel model, CancellationToken cancellationToken)
    {
        if (!CanSetUp(model.Token))
        {
            return NotFound();
        }

        ApplyPresets(model);
        if (model.AdminPassword != model.PasswordConfirmation)
        {
            ModelState.AddModelError(nameof(model.PasswordConfirmation), S["The passwords do not match."]);
        }

        if (ModelState.IsValid)
        {
            var result = await setup.SetupAsync(shell.Settings.Name, ToRequest(model), cancellationToken);
            if (result.Succeeded)
            {
                loginTicket.Issue(HttpContext, shell.Settings.Name, (model.AdminUsername ?? "").Trim());
                return Redirect(Url.Content("~/Setup/Finish"));
            }

            foreach (var (field, messages) in result.Errors)
            {
                messages.ForEach(m => ModelState.AddModelError(field, m));
            }
        }

        await LoadRecipesAsync(model, cancellationToken);
        return View(model);
    }

    /// <summary>
    /// Right after setup: signs the new administrator in and opens the dashboard. Should that fail, the login page
    /// opens with the user name filled in. Without the setup's ticket there is nothing here.
    /// </summary>
    [HttpGet("Finish")]
    public async Task<IActionResult> Finish([FromServices] SignInManager<User> signIn)
    {
        if (shell.Settings.State != TenantState.Running || loginTicket.Redeem(HttpContext, shell.Settings.Name) is not { } userName)
        {
            return NotFound();
        }

        var user = await signIn.UserManager.FindByNameAsync(userName);
        if (user is null || !user.IsEnabled)
        {
            logger.LogWarning("The administrator {UserName} of a finished setup could not be signed in", userName);
            notifier.Success(S["The site is set up. Log in with the administrator account."]);
            return Redirect(Url.Content("~/Login?userName=" + Uri.EscapeDataString(userName)));
        }

        await signIn.SignInAsync(user, isPersistent: false);
        if (user.Culture is { } culture && SupportedCultures.IsSupported(culture))
        {
            CultureCookie.Write(HttpContext, culture);
        }

        logger.LogInformation("User {UserName} logged in after setting up tenant {Tenant}", user.UserName, shell.Settings.Name);
        notifier.Success(S["The site is set up. Welcome, {0}!", user.UserName!]);
        return Redirect(Url.Content("~/Admin"));
    }

    private bool CanSetUp(string? token) =>
        shell.Settings.State == TenantState.Uninitialized && (shell.Settings.IsDefault || tokens.IsValid(token, shell.Settings.Name));

    private void ApplyPresets(SetupViewModel model)
    {
        if (shell.Settings.DatabaseProvider is { } provider)
        {
            model.DatabasePreset = true;
            model.DatabaseProvider = provider;
            model.DatabaseConnectionString = shell.Settings.DatabaseConnectionString;
            model.DatabaseSchema = shell.Settings.DatabaseSchema;
        }

        if (!string.IsNullOrEmpty(shell.Settings.RecipeName))
        {
            model.RecipePreset = true;
            model.RecipeName = shell.Settings.RecipeName;
        }
    }

    private async Task LoadRecipesAsync(SetupViewModel model, CancellationToken cancellationToken) =>
        model.Recipes = [.. (await recipes.GetRecipesAsync(cancellationToken)).Where(r => r.IsSetupRecipe)];

    private static SetupRequest ToRequest(SetupViewModel model) => new()
    {
        SiteName = model.SiteName ?? "",
        RecipeName = model.RecipeName ?? "",
        AdminUsername = model.AdminUsername ?? "",
        AdminEmail = model.AdminEmail ?? "",
        AdminPassword = model.AdminPassword ?? "",
        DatabaseProvider = model.DatabaseProvider,
        DatabaseConnectionString = model.DatabaseConnectionString,
        DatabaseSchema = model.DatabaseSchema,
        DefaultCulture = model.DefaultCulture ?? SupportedCultures.Default,
    };
}
