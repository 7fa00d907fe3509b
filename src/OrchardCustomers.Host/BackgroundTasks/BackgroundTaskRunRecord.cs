namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>When a background task last ran in a tenant, shared by every app instance.</summary>
public sealed class BackgroundTaskRunRecord
{
    public required string Name { get; set; }

    public DateTime LastStartedUtc { get; set; }

    public DateTime? LastCompletedUtc { get; set; }

    public string? LastError { get; set; }

    public int RunCount { get; set; }
}
