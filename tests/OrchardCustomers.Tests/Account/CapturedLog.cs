using System.Collections.Concurrent;

namespace OrchardCustomers.Tests.Account;

/// <summary>Every entry the site logged at Warning or above.</summary>
public sealed class CapturedLog
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyCollection<CapturedLogEntry> Entries => _entries.ToArray();

    public void Add(CapturedLogEntry entry) => _entries.Enqueue(entry);
}
