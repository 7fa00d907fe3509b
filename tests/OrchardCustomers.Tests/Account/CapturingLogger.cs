using Microsoft.Extensions.Logging;

namespace OrchardCustomers.Tests.Account;

public sealed class CapturingLogger(CapturedLog log, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value?.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string?>(StringComparer.Ordinal);
        log.Add(new CapturedLogEntry(logLevel, category, formatter(state, exception), values));
    }
}
