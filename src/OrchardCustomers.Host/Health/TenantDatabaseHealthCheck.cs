using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Health;

/// <summary>
/// Healthy when the current tenant has what it needs: its database is there (for SQLite the file exists), answers,
/// can be written, and holds every migration of the code. A tenant waiting for setup has no database yet and is healthy.
/// </summary>
public sealed class TenantDatabaseHealthCheck(IHttpContextAccessor httpContextAccessor) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var services = httpContextAccessor.HttpContext?.RequestServices;
        var shell = services?.GetService<ShellContext>();
        if (services is null || shell is not { HasTenant: true })
        {
            return HealthCheckResult.Unhealthy("No tenant.");
        }

        if (shell.Settings.State != TenantState.Running)
        {
            return HealthCheckResult.Healthy($"The tenant is {shell.Settings.State}.");
        }

        var result = await CheckDatabaseAsync(services, cancellationToken);
        if (result.Status != HealthStatus.Healthy)
        {
            services.GetRequiredService<DatabaseOutageLog>().Report(shell.Settings.Name, result.Description ?? "");
        }

        return result;
    }

    private static async Task<HealthCheckResult> CheckDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<TenantDatabase>();
        if (database.IsMissing)
        {
            return HealthCheckResult.Unhealthy("The database file is missing.");
        }

        if (!await database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }

        try
        {
            if (await database.IsReadOnlyAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database can only be read, not written.");
            }

            var pending = await database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The database answers and its schema is up to date.")
                : HealthCheckResult.Unhealthy($"The database lacks {pending.Count} migration(s) of the schema, the first being {pending[0]}.");
        }
        catch (DbException ex)
        {
            return HealthCheckResult.Unhealthy("The schema cannot be read.", ex);
        }
    }
}
