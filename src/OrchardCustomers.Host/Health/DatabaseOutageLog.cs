using System.Collections.Concurrent;

namespace OrchardCustomers.Host.Health;

/// <summary>
/// Logs, as an error, that a running tenant's database is missing or unusable: at once, then again at most once a minute per tenant, so
/// that the log shows the outage until an operator acts without a line per request.
/// </summary>
public sealed class DatabaseOutageLog(TimeProvider clock, ILogger<DatabaseOutageLog> logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastLogged = new(StringComparer.Ordinal);

    public void Report(string tenantName, string problem)
    {
        var now = clock.GetUtcNow();
        if (_lastLogged.TryGetValue(tenantName, out var last) && now - last < Interval)
        {
            return;
        }

        _lastLogged[tenantName] = now;
        logger.LogError(
            "The database of the tenant {TenantName} is unusable: {Problem} The tenant answers 503 until an operator restores the database",
            tenantName,
            problem);
    }
}
