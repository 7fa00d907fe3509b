using System.Collections.Concurrent;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.SampleModule;

public sealed class SampleTaskLog
{
    private readonly ConcurrentDictionary<string, int> _runs = new();
    private int _running;
    private int _maxConcurrent;

    public TimeSpan Duration { get; set; } = TimeSpan.FromMilliseconds(300);

    public int MaxConcurrent => _maxConcurrent;

    public int Runs(string tenant) => _runs.GetValueOrDefault(tenant);

    public IDisposable Start(string tenant)
    {
        _runs.AddOrUpdate(tenant, 1, (_, n) => n + 1);
        var now = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxConcurrent, now);
        return new DisposableAction(() => Interlocked.Decrement(ref _running));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = target) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
