using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>A named lock in the tenant's PostgreSQL database; no lease to wait out if its holder dies.</summary>
public sealed class PostgresAdvisoryLock(TenantDatabase database) : IDistributedLock
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var settings = database.Settings;
        var connection = DatabaseConnections.Create(settings.Provider, settings.ConnectionString, settings.Schema);
        return PostgresAdvisoryLocks.AcquireAsync(connection, name, wait: false, cancellationToken);
    }
}
