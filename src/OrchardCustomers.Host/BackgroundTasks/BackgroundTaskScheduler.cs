using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>
/// Runs due background tasks in every running tenant. When a task is due, the instance that takes its lock runs it and
/// records the start in the tenant's database; other instances see the record and skip, so a task never runs twice
/// for one occurrence.
/// </summary>
public sealed class BackgroundTaskScheduler(
    IEnumerable<BackgroundTaskDescriptor> tasks,
    IShellRegistry registry,
    IServiceScopeFactory scopeFactory,
    IOptions<BackgroundTaskOptions> options,
    TimeProvider clock,
    ILogger<BackgroundTaskScheduler> logger) : BackgroundService
{
    private readonly IReadOnlyList<BackgroundTaskDescriptor> _tasks = tasks.ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || _tasks.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunDueTasksAsync(stoppingToken);
        }
    }

    /// <summary>Runs what is due now in every running tenant. Tests call it directly.</summary>
    public async Task RunDueTasksAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in (await registry.GetAllAsync(cancellationToken)).Where(t => t.State == TenantState.Running))
        {
            foreach (var task in _tasks)
            {
                try
                {
                    await RunIfDueAsync(tenant, task, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "The background task {Task} failed in the tenant {TenantName}", task.Name, tenant.Name);
                }
            }
        }
    }

    private async Task RunIfDueAsync(ShellSettings tenant, BackgroundTaskDescriptor task, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<ShellContext>().Settings = tenant;
        if (!await services.GetRequiredService<ShellFeaturesManager>().IsEnabledAsync(task.FeatureId, cancellationToken))
        {
            return;
        }

        var db = services.GetRequiredService<HostDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = (await services.GetRequiredService<SiteService>().GetAsync(cancellationToken)).TimeZone;

        await using var held = await services.GetRequiredService<IDistributedLock>().TryAcquireAsync("BackgroundTask:" + task.Name, options.Value.LockLease, cancellationToken);
        if (held is null)
        {
            logger.LogDebug("The background task {Task} is running elsewhere in the tenant {TenantName}", task.Name, tenant.Name);
            return;
        }

        var run = await db.BackgroundTaskRuns.SingleOrDefaultAsync(r => r.Name == task.Name, cancellationToken);
        if (run is null)
        {
            // A task starts with its next occurrence, not at the moment it was installed.
            db.BackgroundTaskRuns.Add(new BackgroundTaskRunRecord { Name = task.Name, LastStartedUtc = now, LastCompletedUtc = now });
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (task.NextOccurrenceUtc(run.LastStartedUtc, zone) > now)
        {
            return;
        }

        run.LastStartedUtc = now;
        run.RunCount++;
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            // The task gets a scope of its own: what it leaves unsaved on failure must not ride along with the run record.
            await using var taskScope = scopeFactory.CreateAsyncScope();
            taskScope.ServiceProvider.GetRequiredService<ShellContext>().Settings = tenant;
            var instance = (IBackgroundTask)taskScope.ServiceProvider.GetRequiredService(task.Type);
            await instance.DoWorkAsync(taskScope.ServiceProvider, cancellationToken);
            run.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The background task {Task} failed in the tenant {TenantName}", task.Name, tenant.Name);
            run.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
        }

        run.LastCompletedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
