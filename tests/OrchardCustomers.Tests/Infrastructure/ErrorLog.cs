using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>
/// Everything the site logged at Error or above. A test fails when the server logged an error it did not expect:
/// a 200 that hides an exception is still a bug.
/// </summary>
public sealed class ErrorLog
{
    private readonly ConcurrentQueue<string> _entries = new();
    private readonly ConcurrentBag<Func<string, bool>> _expected = [];
    private readonly ConcurrentQueue<string> _expectedEntries = new();

    public IReadOnlyCollection<string> Entries => _entries.ToArray();

    /// <summary>The entries a test expected: they were logged, and are not counted as errors.</summary>
    public IReadOnlyCollection<string> Expected => _expectedEntries.ToArray();

    public void Add(LogLevel level, string category, string message, Exception? exception)
    {
        var entry = $"{level} {category}: {message}{(exception is null ? "" : Environment.NewLine + exception)}";
        if (!_expected.Any(e => e(entry)))
        {
            _entries.Enqueue(entry);
        }
        else
        {
            _expectedEntries.Enqueue(entry);
        }
    }

    /// <summary>For tests that provoke a failure on purpose: entries containing <paramref name="text"/> are not errors.</summary>
    public void Expect(string text) => _expected.Add(entry => entry.Contains(text, StringComparison.Ordinal));

    public void Clear() => _entries.Clear();

    public void AssertEmpty()
    {
        var entries = Entries;
        Assert.True(entries.Count == 0, "The server logged errors:" + Environment.NewLine + string.Join(Environment.NewLine + "---" + Environment.NewLine, entries));
    }
}
