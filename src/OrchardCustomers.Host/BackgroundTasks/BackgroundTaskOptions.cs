namespace OrchardCustomers.Host.BackgroundTasks;

public sealed class BackgroundTaskOptions
{
    public const string SectionName = "OrchardCustomers:BackgroundTasks";

    /// <summary>Off in tests that drive the scheduler by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due tasks.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A crashed instance's lease on a task ends after this long (SQLite; PostgreSQL frees the lock at once).</summary>
    public TimeSpan LockLease { get; set; } = TimeSpan.FromHours(1);
}
