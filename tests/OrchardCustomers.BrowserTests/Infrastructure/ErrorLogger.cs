using System.Collections.Concurrent;

namespace OrchardCustomers.BrowserTests.Infrastructure;

internal sealed class ErrorLogger(string category, ConcurrentQueue<ServerLogEntry> entries) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            entries.Enqueue(new ServerLogEntry(logLevel, category, formatter(state, exception), exception));
        }
    }
}
