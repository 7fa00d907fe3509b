using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Recipes;
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
    ShellContext shell,
    Notifier notifier,
    IStringLocalizer<SetupController> S) : Controller
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
                notifier.Success(S["The site is set up. Log in with the administrator account."]);
                return Redirect(Url.Content("~/Login"));
            }

            foreach (var (field, messages) in result.Errors)
            {
                messages.ForEach(m => ModelState.AddModelError(field, m));
            }
        }

        await LoadRecipesAsync(model, cancellationToken);
        return View(model);
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
