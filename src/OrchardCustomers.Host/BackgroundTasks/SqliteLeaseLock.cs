using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>
/// A lease row in the DistributedLocks table, for SQLite, which has no advisory locks. The insert-or-take-over is one
/// statement, so two holders cannot both win; a holder that died loses its lease when it expires.
/// </summary>
public sealed class SqliteLeaseLock(HostDbContext db, TimeProvider clock) : IDistributedLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var owner = Guid.NewGuid().ToString("n");
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + lease;
        var taken = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "DistributedLocks" ("Name", "Owner", "ExpiresUtc") VALUES ({name}, {owner}, {expires})
            ON CONFLICT ("Name") DO UPDATE SET "Owner" = excluded."Owner", "ExpiresUtc" = excluded."ExpiresUtc"
            WHERE "DistributedLocks"."ExpiresUtc" < {now}
            """,
            cancellationToken);
        return taken == 1
            ? new LockHandle(async () =>
                await db.Database.ExecuteSqlInterpolatedAsync($"""DELETE FROM "DistributedLocks" WHERE "Name" = {name} AND "Owner" = {owner}"""))
            : null;
    }
}
