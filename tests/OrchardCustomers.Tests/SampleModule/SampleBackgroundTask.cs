using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>Counts its runs per tenant and how many ran at the same time, for the scheduler and lock tests.</summary>
[Feature(SampleFeature.Id)]
[BackgroundTask(Schedule = "* * * * *", Title = "Sample task")]
public sealed class SampleBackgroundTask : IBackgroundTask
{
    public static SampleTaskLog Log { get; } = new();

    public async Task DoWorkAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var tenant = services.GetRequiredService<ShellContext>().Settings.Name;
        using var run = Log.Start(tenant);
        await Task.Delay(Log.Duration, cancellationToken);
    }
}
