namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>Releases a held lock once, when disposed.</summary>
public sealed class LockHandle(Func<ValueTask> release) : IAsyncDisposable
{
    private int _released;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            await release();
        }
    }
}
