namespace OrchardCustomers.Host.Security.Throttling;

/// <summary>
/// The failed attempts of one client address in one tenant, plus the attempts still running. Counting the running
/// ones keeps parallel requests from slipping past the limit before their failures are recorded.
/// </summary>
internal sealed class AttemptWindow
{
    private readonly Queue<DateTimeOffset> _failures = new();
    private int _running;

    /// <summary>Set under the lock when the tracker dropped this window; callers then look the key up again.</summary>
    public bool Removed { get; private set; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <returns>Null when the attempt may run (it is then counted as running), else how long to wait.</returns>
    public TimeSpan? TryBegin(DateTimeOffset now, LoginThrottleOptions options)
    {
        Prune(now, options.Window);
        LastUsed = now;
        if (_failures.Count + _running >= options.PermitLimit)
        {
            // With only running attempts in the way, the wait is short: they end within a request's time.
            var wait = _failures.Count > 0 ? _failures.Peek() + options.Window - now : TimeSpan.FromSeconds(1);
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }

        _running++;
        return null;
    }

    public void End() => _running = Math.Max(0, _running - 1);

    public void RecordFailure(DateTimeOffset now)
    {
        _failures.Enqueue(now);
        LastUsed = now;
    }

    /// <returns>True, and marks the window removed, when it holds nothing that still counts.</returns>
    public bool TryRemove(DateTimeOffset now, TimeSpan window)
    {
        Prune(now, window);
        Removed = _failures.Count == 0 && _running == 0;
        return Removed;
    }

    private void Prune(DateTimeOffset now, TimeSpan window)
    {
        while (_failures.Count > 0 && now - _failures.Peek() >= window)
        {
            _failures.Dequeue();
        }
    }
}
