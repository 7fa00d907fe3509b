namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>A lease on a named lock, for databases without advisory locks (SQLite).</summary>
public sealed class DistributedLockRecord
{
    public required string Name { get; set; }

    public required string Owner { get; set; }

    public DateTime ExpiresUtc { get; set; }
}
