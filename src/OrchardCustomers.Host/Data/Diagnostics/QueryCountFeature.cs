namespace OrchardCustomers.Host.Data.Diagnostics;

/// <summary>The running count of one request's SQL commands, kept in the request's features.</summary>
public sealed class QueryCountFeature
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    // A request may run commands from more than one thread (parallel awaits of separate contexts).
    public void Increment() => Interlocked.Increment(ref _count);
}
