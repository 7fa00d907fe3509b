using OrchardCustomers.Host.Setup;
using OrchardCustomers.Host.Tenancy.Store;

namespace OrchardCustomers.Host.Tenancy;

/// <summary>
/// The host's start-up, one instance at a time: the shells database, the Default tenant, every running tenant's
/// migrations, then AutoSetup. It runs before the server accepts requests and before data protection reads its keys.
/// </summary>
public sealed class ShellsInitializer(
    HostStartupLock startupLock,
    ShellsDatabase database,
    IShellRegistry registry,
    TenantMigrator migrator,
    AutoSetupService autoSetup,
    TimeProvider clock,
    ILogger<ShellsInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var held = await startupLock.AcquireAsync(cancellationToken);
        await database.MigrateAsync(cancellationToken);
        if (await registry.FindAsync(ShellSettings.DefaultShellName, cancellationToken) is null)
        {
            await registry.CreateAsync(new ShellSettings { Name = ShellSettings.DefaultShellName, CreatedUtc = clock.GetUtcNow().UtcDateTime }, cancellationToken);
            logger.LogInformation("Created the Default tenant; it waits for setup");
        }

        await migrator.MigrateRunningTenantsAsync(cancellationToken);
        await autoSetup.RunAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
