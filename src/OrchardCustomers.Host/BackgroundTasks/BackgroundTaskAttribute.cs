namespace OrchardCustomers.Host.BackgroundTasks;

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BackgroundTaskAttribute : Attribute
{
    /// <summary>A five-field cron expression, read in the tenant's time zone.</summary>
    public string Schedule { get; init; } = "*/5 * * * *";

    public string Title { get; init; } = "";

    public string Description { get; init; } = "";
}
