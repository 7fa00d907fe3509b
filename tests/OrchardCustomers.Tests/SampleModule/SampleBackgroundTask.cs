using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>Counts its runs per tenant and how many ran at the same time, for the scheduler and lock tests.</summary>
[Feature(SampleFeature.Id)]
[BackgroundTask(Schedule = "* * * * *", Title = "Sample task")]
public sealed class SampleBackgroundTask : IBackgroundTask
{
    public static SampleTaskLog Log { get; } = new();

    /// <summary>Tenants of different test sites share names; their databases differ.</summary>
    public static string KeyOf(IServiceProvider services) => services.GetRequiredService<TenantDatabase>().Settings.ConnectionString;

    public async Task DoWorkAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var run = Log.Start(KeyOf(services));
        await Task.Delay(Log.Duration, cancellationToken);
    }
}
