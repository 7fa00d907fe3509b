using System.Collections.Concurrent;

namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>
/// Records what the server logs at Error or above, so that a test fails when the page looked fine but the server
/// hit a problem behind it.
/// </summary>
public sealed class ErrorLogProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<ServerLogEntry> _entries = new();

    public ILogger CreateLogger(string categoryName) => new ErrorLogger(categoryName, _entries);

    /// <summary>Takes the entries recorded so far, leaving the log empty for the next test.</summary>
    public IReadOnlyList<ServerLogEntry> Drain()
    {
        var drained = new List<ServerLogEntry>();
        while (_entries.TryDequeue(out var entry))
        {
            drained.Add(entry);
        }

        return drained;
    }

    public void Dispose()
    {
    }
}
