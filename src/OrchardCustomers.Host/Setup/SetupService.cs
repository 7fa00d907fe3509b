using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Setup;

/// <summary>
/// Sets up a tenant: creates its tables, the default roles and the admin user, and runs the setup recipe, all or
/// nothing. On failure the tenant goes back to Uninitialized, so that setup can be tried again.
/// </summary>
public sealed class SetupService(
    IShellRegistry registry,
    IServiceScopeFactory scopeFactory,
    RecipeHarvester recipes,
    IStringLocalizer<SetupService> S,
    TimeProvider clock,
    ILogger<SetupService> logger)
{
    public async Task<SetupResult> SetupAsync(string tenantName, SetupRequest request, CancellationToken cancellationToken = default)
    {
        var result = new SetupResult();
        var tenant = await registry.FindAsync(tenantName, cancellationToken);
        if (tenant is null)
        {
            result.Add("", S["There is no tenant named '{0}'.", tenantName]);
            return result;
        }

        var recipe = await ValidateAsync(request, result, cancellationToken);
        if (!result.Succeeded || recipe is null)
        {
            return result;
        }

        var candidate = tenant with
        {
            State = TenantState.Initializing,
            DatabaseProvider = request.DatabaseProvider,
            DatabaseConnectionString = string.IsNullOrWhiteSpace(request.DatabaseConnectionString) ? null : request.DatabaseConnectionString.Trim(),
            DatabaseSchema = string.IsNullOrWhiteSpace(request.DatabaseSchema) ? null : request.DatabaseSchema.Trim(),
            RecipeName = recipe.Name,
        };

        await using var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellContext>().Settings = candidate;
        var database = scope.ServiceProvider.GetRequiredService<TenantDatabase>();
        if (!await database.CanConnectAsync(cancellationToken))
        {
            result.Add(nameof(SetupRequest.DatabaseConnectionString), S["The database cannot be reached with this connection string."]);
            return result;
        }

        await ValidatePasswordAsync(scope.ServiceProvider.GetRequiredService<UserManager<User>>(), request, result);
        if (!result.Succeeded)
        {
            return result;
        }

        if (!await registry.TryChangeStateAsync(tenant.Name, TenantState.Uninitialized, TenantState.Initializing, cancellationToken))
        {
            result.Add("", S["This site is already set up, or its setup is running."]);
            return result;
        }

        try
        {
            await database.MigrateAsync(cancellationToken);
            await InitializeTenantAsync(scope.ServiceProvider, recipe, request, cancellationToken);
            await registry.UpdateAsync(candidate with { State = TenantState.Running }, cancellationToken);
            logger.LogInformation("Set up the tenant {TenantName} with the recipe {RecipeName} on {DatabaseProvider}", tenant.Name, recipe.Name, request.DatabaseProvider);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Setting up the tenant {TenantName} failed", tenant.Name);
            await registry.TryChangeStateAsync(tenant.Name, TenantState.Initializing, TenantState.Uninitialized, CancellationToken.None);
            result.Add("", S["Setup failed: {0}", ex is RecipeStepException ? ex.Message : ex.GetBaseException().Message]);
            return result;
        }
    }

    private async Task InitializeTenantAsync(IServiceProvider services, RecipeDescriptor recipe, SetupRequest request, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<TenantDatabase>();
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);

        var rolePermissions = services.GetRequiredService<RolePermissionStore>();
        foreach (var role in RoleNames.Defaults)
        {
            await rolePermissions.EnsureRoleAsync(role);
        }

        await services.GetRequiredService<ShellFeaturesManager>().ApplyStereotypesAsync(FeatureIds.Host, cancellationToken);

        var users = services.GetRequiredService<UserManager<User>>();
        var admin = new User
        {
            UserName = request.AdminUsername.Trim(),
            Email = request.AdminEmail.Trim(),
            EmailConfirmed = true,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        ThrowIfFailed(await users.CreateAsync(admin, request.AdminPassword));
        ThrowIfFailed(await users.AddToRoleAsync(admin, RoleNames.Administrator));

        var siteService = services.GetRequiredService<SiteService>();
        await ApplySiteSettingsAsync(siteService, request, cancellationToken);

        var parameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["SiteName"] = request.SiteName,
            ["AdminUsername"] = admin.UserName,
            ["AdminUserId"] = admin.Id,
            ["AdminEmail"] = admin.Email,
            ["DatabaseProvider"] = request.DatabaseProvider.ToString(),
            ["DefaultCulture"] = request.DefaultCulture,
            ["ApiToken"] = request.ApiToken,
        };
        await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, parameters, admin.UserName, cancellationToken);

        // What the operator typed wins over what the recipe set.
        await ApplySiteSettingsAsync(siteService, request, cancellationToken);

        if (!string.IsNullOrEmpty(request.ApiToken))
        {
            await services.GetRequiredService<ApiTokenService>().CreateWithValueAsync(admin.Id, "AutoSetup", request.ApiToken, null, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ApplySiteSettingsAsync(SiteService siteService, SetupRequest request, CancellationToken cancellationToken)
    {
        var site = await siteService.GetAsync(cancellationToken);
        site.SiteName = request.SiteName.Trim();
        site.DefaultCulture = SupportedCultures.Normalize(request.DefaultCulture);
        if (!string.IsNullOrWhiteSpace(request.TimeZoneId))
        {
            site.TimeZoneId = request.TimeZoneId;
        }

        await siteService.SaveAsync(site, cancellationToken);
    }

    private async Task<RecipeDescriptor?> ValidateAsync(SetupRequest request, SetupResult result, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.SiteName))
        {
            result.Add(nameof(request.SiteName), S["Enter the site's name."]);
        }

        if (string.IsNullOrWhiteSpace(request.AdminUsername))
        {
            result.Add(nameof(request.AdminUsername), S["Enter a user name for the administrator."]);
        }
        else if (request.AdminUsername.Trim().Any(c => !char.IsAsciiLetterOrDigit(c) && "-._@+".IndexOf(c, StringComparison.Ordinal) < 0))
        {
            result.Add(nameof(request.AdminUsername), S["A user name may contain letters, digits and - . _ @ + only."]);
        }

        if (string.IsNullOrWhiteSpace(request.AdminEmail) || !System.Net.Mail.MailAddress.TryCreate(request.AdminEmail.Trim(), out _))
        {
            result.Add(nameof(request.AdminEmail), S["Enter a valid email address."]);
        }

        if (string.IsNullOrEmpty(request.AdminPassword))
        {
            result.Add(nameof(request.AdminPassword), S["Enter a password."]);
        }

        if (!SupportedCultures.IsSupported(request.DefaultCulture))
        {
            result.Add(nameof(request.DefaultCulture), S["Choose one of the offered languages."]);
        }

        if (!string.IsNullOrWhiteSpace(request.TimeZoneId) && !TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZoneId, out _))
        {
            result.Add(nameof(request.TimeZoneId), S["Unknown time zone."]);
        }

        if (!string.IsNullOrEmpty(request.ApiToken) && request.ApiToken.Length < ApiTokenService.MinimumLength)
        {
            result.Add(nameof(request.ApiToken), S["An API token must be at least {0} characters long.", ApiTokenService.MinimumLength]);
        }

        ValidateDatabase(request, result);

        var recipe = string.IsNullOrWhiteSpace(request.RecipeName) ? null : await recipes.FindAsync(request.RecipeName, cancellationToken);
        if (recipe is not { IsSetupRecipe: true })
        {
            result.Add(nameof(request.RecipeName), S["Unknown setup recipe '{0}'.", request.RecipeName]);
        }

        return recipe;
    }

    private void ValidateDatabase(SetupRequest request, SetupResult result)
    {
        if (request.DatabaseProvider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(request.DatabaseConnectionString))
        {
            result.Add(nameof(request.DatabaseConnectionString), S["PostgreSQL needs a connection string."]);
            return;
        }

        if (!string.IsNullOrWhiteSpace(request.DatabaseConnectionString))
        {
            try
            {
                DatabaseConnections.Validate(request.DatabaseProvider, request.DatabaseConnectionString);
            }
            catch (FormatException ex)
            {
                result.Add(nameof(request.DatabaseConnectionString), S["The connection string is not valid: {0}", ex.Message]);
            }
        }

        if (!string.IsNullOrWhiteSpace(request.DatabaseSchema) &&
            (request.DatabaseProvider != DatabaseProvider.Postgres || !TenantNames.IsValidName(request.DatabaseSchema)))
        {
            result.Add(nameof(request.DatabaseSchema), S["A schema is for PostgreSQL only and may contain letters, digits and underscores."]);
        }
    }

    private async Task ValidatePasswordAsync(UserManager<User> users, SetupRequest request, SetupResult result)
    {
        var broken = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var outcome = await validator.ValidateAsync(users, new User { UserName = request.AdminUsername }, request.AdminPassword);
            broken.AddRange(outcome.Errors.Select(e => e.Description));
        }

        // A field shows one message: every rule the password breaks goes into it, so nobody fixes them one by one.
        if (broken.Count > 0)
        {
            result.Add(nameof(request.AdminPassword), string.Join(" ", broken));
        }
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
