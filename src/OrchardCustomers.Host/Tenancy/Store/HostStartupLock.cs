using Microsoft.Extensions.Options;
using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Tenancy.Store;

/// <summary>
/// Lets one app instance at a time run the start-up work (migrations, the Default tenant, AutoSetup): instances that
/// start together would otherwise race to create the same tables and tenants. PostgreSQL: an advisory lock on the
/// shells database. SQLite: an exclusive lock file next to it.
/// </summary>
public sealed class HostStartupLock(ShellsDatabase database, IOptions<AppDataOptions> appData, ILogger<HostStartupLock> logger)
{
    private const string LockName = "OrchardCustomers.HostStartup";

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            return (await PostgresAdvisoryLocks.AcquireAsync(database.CreateConnection(), LockName, wait: true, cancellationToken))!;
        }

        Directory.CreateDirectory(appData.Value.Path);
        var path = Path.Combine(appData.Value.Path, "startup.lock");
        var waited = false;
        while (true)
        {
            try
            {
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new LockHandle(() => file.DisposeAsync());
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested)
            {
                if (!waited)
                {
                    logger.LogInformation("Another instance is starting on {AppData}; waiting for it", appData.Value.Path);
                    waited = true;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }
}
