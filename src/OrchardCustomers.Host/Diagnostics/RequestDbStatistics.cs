namespace OrchardCustomers.Host.Diagnostics;

/// <summary>The database commands of one scope (a request): how many, and how long they took to execute.</summary>
public sealed class RequestDbStatistics
{
    private int _commands;
    private long _elapsedTicks;

    public int Commands => Volatile.Read(ref _commands);

    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

    internal void Add(TimeSpan duration)
    {
        Interlocked.Increment(ref _commands);
        Interlocked.Add(ref _elapsedTicks, duration.Ticks);
    }
}
