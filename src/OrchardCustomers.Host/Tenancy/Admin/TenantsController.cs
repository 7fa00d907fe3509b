using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Setup;

namespace OrchardCustomers.Host.Tenancy.Admin;

/// <summary>The operator's view of all tenants. It exists in the Default tenant only.</summary>
[Route("Admin/Tenants")]
[RequirePermission("ManageTenants")]
public sealed class TenantsController(
    IShellRegistry registry,
    ShellContext shell,
    SetupTokenService setupTokens,
    RecipeHarvester recipes,
    Notifier notifier,
    TimeProvider clock,
    IStringLocalizer<TenantsController> S) : Controller
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (!shell.Settings.IsDefault)
        {
            context.Result = NotFound();
        }
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var tenants = await registry.GetAllAsync(cancellationToken);
        return View(tenants.OrderBy(t => !t.IsDefault).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => new TenantRow(t, BaseUrl(t), t.State == TenantState.Uninitialized && !t.IsDefault ? BaseUrl(t) + "Setup?token=" + Uri.EscapeDataString(setupTokens.Create(t.Name)) : null))
            .ToList());
    }

    [HttpGet("Create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await WithRecipesAsync(new TenantEditViewModel { IsNew = true }, cancellationToken));

    [HttpPost("Create")]
    public async Task<IActionResult> Create(TenantEditViewModel model, CancellationToken cancellationToken)
    {
        model.IsNew = true;
        var tenants = await registry.GetAllAsync(cancellationToken);
        if (!TenantNames.IsValidName(model.Name))
        {
            ModelState.AddModelError(nameof(model.Name), S["A tenant name starts with a letter and uses letters, digits and underscores only."]);
        }
        else if (tenants.Any(t => string.Equals(t.Name, model.Name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(model.Name), S["A tenant named {0} exists already.", model.Name]);
        }

        Validate(model, tenants.Where(t => !string.Equals(t.Name, model.Name, StringComparison.OrdinalIgnoreCase)));
        if (!ModelState.IsValid)
        {
            return View("Edit", await WithRecipesAsync(model, cancellationToken));
        }

        await registry.CreateAsync(Apply(new ShellSettings { Name = model.Name, CreatedUtc = clock.GetUtcNow().UtcDateTime }, model), cancellationToken);
        notifier.Success(S["The tenant {0} was created. Send its setup link to whoever sets it up.", model.Name]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{name}/Edit")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var tenant = await registry.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        return View(await WithRecipesAsync(
            new TenantEditViewModel
            {
                Name = tenant.Name,
                RequestUrlHost = tenant.RequestUrlHost,
                RequestUrlPrefix = tenant.RequestUrlPrefix,
                DatabaseProvider = tenant.DatabaseProvider,
                DatabaseConnectionString = tenant.DatabaseConnectionString,
                DatabaseSchema = tenant.DatabaseSchema,
                RecipeName = tenant.RecipeName,
                CanEditDatabase = tenant.State == TenantState.Uninitialized,
            },
            cancellationToken));
    }

    [HttpPost("{name}/Edit")]
    public async Task<IActionResult> Edit(string name, TenantEditViewModel model, CancellationToken cancellationToken)
    {
        var tenant = await registry.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        model.Name = tenant.Name;
        model.CanEditDatabase = tenant.State == TenantState.Uninitialized;
        Validate(model, (await registry.GetAllAsync(cancellationToken)).Where(t => t.Name != tenant.Name));
        if (tenant.IsDefault && (!string.IsNullOrWhiteSpace(model.RequestUrlPrefix)))
        {
            ModelState.AddModelError(nameof(model.RequestUrlPrefix), S["The Default tenant answers at the root; it has no prefix."]);
        }

        if (!ModelState.IsValid)
        {
            return View(await WithRecipesAsync(model, cancellationToken));
        }

        // Saved as it stands, nothing is written (the record's time stamp stays).
        var updated = Apply(tenant, model);
        if (updated != tenant)
        {
            await registry.UpdateAsync(updated, cancellationToken);
        }

        notifier.Success(S["The tenant {0} was saved.", tenant.Name]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{name}/Disable")]
    public Task<IActionResult> Disable(string name, CancellationToken cancellationToken) =>
        ChangeStateAsync(name, TenantState.Running, TenantState.Disabled, S["The tenant {0} was disabled: it answers 404 until enabled again.", name], cancellationToken);

    [HttpPost("{name}/Enable")]
    public Task<IActionResult> Enable(string name, CancellationToken cancellationToken) =>
        ChangeStateAsync(name, TenantState.Disabled, TenantState.Running, S["The tenant {0} was enabled.", name], cancellationToken);

    private async Task<IActionResult> ChangeStateAsync(string name, TenantState from, TenantState to, string message, CancellationToken cancellationToken)
    {
        var tenant = await registry.FindAsync(name, cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        if (tenant.IsDefault)
        {
            notifier.Error(S["The Default tenant cannot be disabled: it hosts this admin."]);
        }
        else if (await registry.TryChangeStateAsync(tenant.Name, from, to, cancellationToken))
        {
            notifier.Success(message);
        }
        else
        {
            notifier.Warning(S["The tenant {0} is {1}; nothing was changed.", tenant.Name, StateText(tenant.State)]);
        }

        return RedirectToAction(nameof(Index));
    }

    private string StateText(TenantState state) => state switch
    {
        TenantState.Running => S["Running"],
        TenantState.Disabled => S["Disabled"],
        TenantState.Initializing => S["Being set up"],
        _ => S["Waiting for setup"],
    };

    private void Validate(TenantEditViewModel model, IEnumerable<ShellSettings> others)
    {
        model.RequestUrlHost = string.IsNullOrWhiteSpace(model.RequestUrlHost) ? null : model.RequestUrlHost.Trim();
        model.RequestUrlPrefix = string.IsNullOrWhiteSpace(model.RequestUrlPrefix) ? null : model.RequestUrlPrefix.Trim().Trim('/');
        if (!TenantNames.IsValidHosts(model.RequestUrlHost))
        {
            ModelState.AddModelError(nameof(model.RequestUrlHost), S["Enter host names like crm.example.com, separated by commas."]);
        }

        if (!TenantNames.IsValidPrefix(model.RequestUrlPrefix))
        {
            ModelState.AddModelError(nameof(model.RequestUrlPrefix), S["A prefix is one path segment of letters, digits, - and _."]);
        }

        if (!string.Equals(model.Name, ShellSettings.DefaultShellName, StringComparison.OrdinalIgnoreCase) && model.RequestUrlHost is null && model.RequestUrlPrefix is null)
        {
            ModelState.AddModelError(nameof(model.RequestUrlPrefix), S["Give the tenant a host name or a prefix, or it cannot be reached."]);
        }

        var hosts = new ShellSettings { Name = model.Name, RequestUrlHost = model.RequestUrlHost }.RequestUrlHosts;
        var clash = others.FirstOrDefault(o =>
            string.Equals(o.RequestUrlPrefix ?? "", model.RequestUrlPrefix ?? "", StringComparison.OrdinalIgnoreCase) &&
            (o.RequestUrlHosts.Count == 0 && hosts.Count == 0 || o.RequestUrlHosts.Intersect(hosts, StringComparer.OrdinalIgnoreCase).Any()));
        if (clash is not null)
        {
            ModelState.AddModelError(nameof(model.RequestUrlPrefix), S["The tenant {0} answers at this address already.", clash.Name]);
        }
        else if (!string.Equals(model.Name, ShellSettings.DefaultShellName, StringComparison.OrdinalIgnoreCase))
        {
            // A host name without a prefix outranks the Default tenant: this very admin would become unreachable.
            var candidate = new ShellSettings { Name = model.Name, RequestUrlHost = model.RequestUrlHost, RequestUrlPrefix = model.RequestUrlPrefix };
            var winner = TenantUrlMatcher.Match(others.Append(candidate), Request.Host.Value ?? "", Request.PathBase + "/Admin");
            if (winner == candidate)
            {
                ModelState.AddModelError(nameof(model.RequestUrlHost), S["This address would hide the Default tenant and this admin. Use another host name or a prefix."]);
            }
        }

        if (model.CanEditDatabase && model.DatabaseProvider == Data.DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(model.DatabaseConnectionString))
        {
            ModelState.AddModelError(nameof(model.DatabaseConnectionString), S["PostgreSQL needs a connection string."]);
        }

        if (model.CanEditDatabase && !string.IsNullOrWhiteSpace(model.DatabaseSchema) && (model.DatabaseProvider != Data.DatabaseProvider.Postgres || !TenantNames.IsValidName(model.DatabaseSchema.Trim())))
        {
            ModelState.AddModelError(nameof(model.DatabaseSchema), S["A schema is for PostgreSQL only and may contain letters, digits and underscores."]);
        }
    }

    private static ShellSettings Apply(ShellSettings tenant, TenantEditViewModel model)
    {
        tenant = tenant with { RequestUrlHost = model.RequestUrlHost, RequestUrlPrefix = model.RequestUrlPrefix };
        if (!model.CanEditDatabase)
        {
            return tenant;
        }

        return tenant with
        {
            DatabaseProvider = model.DatabaseProvider,
            DatabaseConnectionString = string.IsNullOrWhiteSpace(model.DatabaseConnectionString) ? null : model.DatabaseConnectionString.Trim(),
            DatabaseSchema = string.IsNullOrWhiteSpace(model.DatabaseSchema) ? null : model.DatabaseSchema.Trim(),
            RecipeName = string.IsNullOrWhiteSpace(model.RecipeName) ? null : model.RecipeName,
        };
    }

    private async Task<TenantEditViewModel> WithRecipesAsync(TenantEditViewModel model, CancellationToken cancellationToken)
    {
        model.SetupRecipes = [.. (await recipes.GetRecipesAsync(cancellationToken)).Where(r => r.IsSetupRecipe)];
        return model;
    }

    /// <summary>
    /// The tenant's address, with a trailing slash: its first configured host (else this tenant's, and only when neither
    /// has one the request's Host header) and its prefix. A forged Host header must not end up in a link sent to people.
    /// </summary>
    private string BaseUrl(ShellSettings tenant)
    {
        var host = ConfiguredHost(tenant) ?? ConfiguredHost(shell.Settings) ?? Request.Host.Value;
        var prefix = string.IsNullOrEmpty(tenant.RequestUrlPrefix) ? "" : tenant.RequestUrlPrefix + "/";
        return $"{Request.Scheme}://{host}/{prefix}";
    }

    private static string? ConfiguredHost(ShellSettings tenant) => tenant.RequestUrlHosts.FirstOrDefault(h => !h.StartsWith('*'));
}
