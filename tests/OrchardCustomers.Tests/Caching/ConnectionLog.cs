using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OrchardCustomers.Tests.Caching;

/// <summary>Counts how often the site's tenant DbContexts open a database connection.</summary>
public sealed class ConnectionLog : DbConnectionInterceptor
{
    private int _opened;

    public int Opened => Volatile.Read(ref _opened);

    public void Clear() => Interlocked.Exchange(ref _opened, 0);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _opened);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _opened);
        return Task.CompletedTask;
    }
}
