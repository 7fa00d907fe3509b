using Microsoft.Extensions.Logging;

namespace OrchardCustomers.Tests.Infrastructure;

public sealed class ErrorLogger(ErrorLog log, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            log.Add(logLevel, category, formatter(state, exception), exception);
        }
    }
}
