using OrchardCustomers.Host.Tenancy.Store;

namespace OrchardCustomers.Host.Tenancy;

/// <summary>Brings the shells database up to date and makes sure the Default tenant exists, before anything else starts.</summary>
public sealed class ShellsInitializer(ShellsDatabase database, IShellRegistry registry, TimeProvider clock, ILogger<ShellsInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        if (await registry.FindAsync(ShellSettings.DefaultShellName, cancellationToken) is null)
        {
            try
            {
                await registry.CreateAsync(new ShellSettings { Name = ShellSettings.DefaultShellName, CreatedUtc = clock.GetUtcNow().UtcDateTime }, cancellationToken);
                logger.LogInformation("Created the Default tenant; it waits for setup");
            }
            catch (InvalidOperationException)
            {
                // Another app instance created it first.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
