using Microsoft.Extensions.Logging;

namespace OrchardCustomers.Tests.Account;

public sealed class CapturingLoggerProvider(CapturedLog log) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(log, categoryName);

    public void Dispose()
    {
    }
}
