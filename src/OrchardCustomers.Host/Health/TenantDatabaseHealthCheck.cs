using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Health;

/// <summary>Healthy when the current tenant's database answers. A tenant waiting for setup has no database yet and is healthy.</summary>
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

        return await services.GetRequiredService<TenantDatabase>().CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
