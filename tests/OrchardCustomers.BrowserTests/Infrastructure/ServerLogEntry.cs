namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>One log entry the server wrote.</summary>
public sealed record ServerLogEntry(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() =>
        $"[{Level}] {Category}: {Message}" + (Exception is null ? "" : Environment.NewLine + Exception);
}
