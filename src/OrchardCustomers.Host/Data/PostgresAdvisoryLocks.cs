using System.Data.Common;
using OrchardCustomers.Host.BackgroundTasks;

namespace OrchardCustomers.Host.Data;

/// <summary>
/// PostgreSQL session advisory locks, each on a connection of its own: when the holder dies, its connection closes
/// and the lock is free again.
/// </summary>
public static class PostgresAdvisoryLocks
{
    /// <param name="wait">Wait for the lock, or give up at once when another session holds it.</param>
    /// <returns>A handle that unlocks and closes the connection, or null when the lock was taken.</returns>
    public static async Task<IAsyncDisposable?> AcquireAsync(DbConnection connection, string name, bool wait, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        var sql = wait ? "SELECT pg_advisory_lock(hashtextextended(@name, 0))" : "SELECT pg_try_advisory_lock(hashtextextended(@name, 0))";
        var result = await ExecuteAsync(connection, sql, name, cancellationToken);
        if (!wait && result is not true)
        {
            await connection.DisposeAsync();
            return null;
        }

        return new LockHandle(async () =>
        {
            await using (connection)
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock(hashtextextended(@name, 0))", name, CancellationToken.None);
            }
        });
    }

    private static async Task<object?> ExecuteAsync(DbConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "name";
        parameter.Value = name;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
