namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>A named lock in the tenant's database, held across app instances.</summary>
public interface IDistributedLock
{
    /// <returns>A handle that releases the lock when disposed, or null when another holder has it.</returns>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan lease, CancellationToken cancellationToken = default);
}
