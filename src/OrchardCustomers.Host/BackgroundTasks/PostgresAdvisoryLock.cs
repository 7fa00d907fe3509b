using System.Data.Common;
using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>
/// A PostgreSQL session advisory lock on a connection of its own. If the holder dies, its connection closes and the
/// lock is free again; no lease to wait out.
/// </summary>
public sealed class PostgresAdvisoryLock(TenantDatabase database) : IDistributedLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var settings = database.Settings;
        var connection = DatabaseConnections.Create(settings.Provider, settings.ConnectionString, settings.Schema);
        await connection.OpenAsync(cancellationToken);
        if (await ExecuteAsync(connection, "SELECT pg_try_advisory_lock(hashtextextended(@name, 0))", name, cancellationToken) is true)
        {
            return new LockHandle(async () =>
            {
                await using (connection)
                {
                    await ExecuteAsync(connection, "SELECT pg_advisory_unlock(hashtextextended(@name, 0))", name, CancellationToken.None);
                }
            });
        }

        await connection.DisposeAsync();
        return null;
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
