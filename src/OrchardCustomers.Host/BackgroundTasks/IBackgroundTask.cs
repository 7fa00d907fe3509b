namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>
/// Work that runs on a schedule in every tenant where its feature is enabled (Orchard's IBackgroundTask). Describe the
/// schedule with <see cref="BackgroundTaskAttribute"/>. It runs in a scope of its tenant, under a database lock.
/// </summary>
public interface IBackgroundTask
{
    Task DoWorkAsync(IServiceProvider services, CancellationToken cancellationToken);
}
