using Microsoft.Extensions.Logging;

namespace OrchardCustomers.Tests.Infrastructure;

public sealed class ErrorLogProvider(ErrorLog log) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ErrorLogger(log, categoryName);

    public void Dispose()
    {
    }
}
