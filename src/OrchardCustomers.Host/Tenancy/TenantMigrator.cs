using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Tenancy;

/// <summary>Brings every running tenant's tables up to date, so that a new version's migrations reach all tenants at start.</summary>
public sealed class TenantMigrator(IShellRegistry registry, IServiceScopeFactory scopeFactory, ILogger<TenantMigrator> logger)
{
    public async Task MigrateRunningTenantsAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in (await registry.GetAllAsync(cancellationToken)).Where(t => t.State == TenantState.Running))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ShellContext>().Settings = tenant;
            try
            {
                await scope.ServiceProvider.GetRequiredService<TenantDatabase>().MigrateAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One tenant's unreachable database must not keep the others from starting; its health check shows it.
                logger.LogError(ex, "Migrating the database of the tenant {TenantName} failed", tenant.Name);
            }
        }
    }
}
