using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Setup;

/// <summary>
/// Sets up the configured tenants at start, the Default tenant first. A tenant that is already set up is left alone,
/// so restarting with the same configuration is harmless; a failure is logged and the tenant stays Uninitialized.
/// The host's start-up calls it under the start-up lock.
/// </summary>
public sealed class AutoSetupService(
    IOptions<AutoSetupOptions> options,
    IShellRegistry registry,
    SetupService setup,
    TimeProvider clock,
    ILogger<AutoSetupService> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var tenants = options.Value.Tenants
            .Where(t => !string.IsNullOrWhiteSpace(t.ShellName))
            .OrderByDescending(t => string.Equals(t.ShellName, ShellSettings.DefaultShellName, StringComparison.OrdinalIgnoreCase));

        foreach (var configured in tenants)
        {
            try
            {
                await SetupTenantAsync(configured, cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                logger.LogError(ex, "AutoSetup of the tenant {TenantName} failed", configured.ShellName);
            }
        }
    }

    private async Task SetupTenantAsync(AutoSetupTenant configured, CancellationToken cancellationToken)
    {
        if (!TenantNames.IsValidName(configured.ShellName))
        {
            logger.LogError("AutoSetup: '{TenantName}' is not a valid tenant name (letters, digits, underscores)", configured.ShellName);
            return;
        }

        // Environment variables cannot hold null; an empty value means "not set".
        configured.RequestUrlHost = string.IsNullOrWhiteSpace(configured.RequestUrlHost) ? null : configured.RequestUrlHost.Trim();
        configured.RequestUrlPrefix = string.IsNullOrWhiteSpace(configured.RequestUrlPrefix) ? null : configured.RequestUrlPrefix.Trim().Trim('/');
        var tenant = await registry.FindAsync(configured.ShellName, cancellationToken);
        if (tenant is null)
        {
            await registry.CreateAsync(
                new ShellSettings
                {
                    Name = configured.ShellName,
                    RequestUrlHost = configured.RequestUrlHost,
                    RequestUrlPrefix = configured.RequestUrlPrefix,
                    CreatedUtc = clock.GetUtcNow().UtcDateTime,
                },
                cancellationToken);
        }
        else if (tenant.State == TenantState.Uninitialized && (configured.RequestUrlHost is not null || configured.RequestUrlPrefix is not null))
        {
            await registry.UpdateAsync(tenant with { RequestUrlHost = configured.RequestUrlHost, RequestUrlPrefix = configured.RequestUrlPrefix }, cancellationToken);
        }
        else if (tenant.State != TenantState.Uninitialized)
        {
            logger.LogInformation("AutoSetup: the tenant {TenantName} is {State}; nothing to do", tenant.Name, tenant.State);
            return;
        }

        if (!Enum.TryParse<DatabaseProvider>(configured.DatabaseProvider, ignoreCase: true, out var provider))
        {
            logger.LogError("AutoSetup: unknown DatabaseProvider '{Provider}' for the tenant {TenantName}; use Sqlite or Postgres", configured.DatabaseProvider, configured.ShellName);
            return;
        }

        var result = await setup.SetupAsync(
            configured.ShellName,
            new SetupRequest
            {
                SiteName = configured.SiteName,
                RecipeName = configured.RecipeName,
                AdminUsername = configured.AdminUsername,
                AdminEmail = configured.AdminEmail,
                AdminPassword = configured.AdminPassword,
                DatabaseProvider = provider,
                DatabaseConnectionString = configured.DatabaseConnectionString,
                DatabaseSchema = configured.DatabaseSchema,
                DefaultCulture = configured.DefaultCulture ?? SupportedCultures.Default,
                TimeZoneId = configured.SiteTimeZone,
                ApiToken = configured.ApiToken,
            },
            cancellationToken);

        if (result.Succeeded)
        {
            logger.LogInformation("AutoSetup set up the tenant {TenantName}", configured.ShellName);
        }
        else
        {
            logger.LogError("AutoSetup could not set up the tenant {TenantName}: {Errors}", configured.ShellName, result.ToString());
        }
    }
}
