using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OrchardCustomers.Bench.Loading;

/// <summary>
/// Bulk-loads the tenant's SQLite file: prepared single-row INSERTs reused for every row, many rows per transaction.
/// </summary>
public static class SqliteLoader
{
    private const int RowsPerTransaction = 100_000;

    public static async Task<LoadReport> LoadAsync(string connectionString, TableShape customers, TableShape keys, long count, int seed, SqliteFtsLoad mode)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // Only this loading session: a crash means generating again anyway.
        await ExecuteAsync(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;");

        var dropped = mode == SqliteFtsLoad.Rebuild ? await DropIndexesAndTriggersAsync(connection) : [];
        var clock = Stopwatch.StartNew();
        long customerCount = 0, keyCount = 0;
        using (var insertCustomer = Insert(connection, customers))
        using (var insertKey = Insert(connection, keys))
        {
            var transaction = connection.BeginTransaction();
            var inTransaction = 0;
            await foreach (var batch in RowProducer.Start(count, seed, customers, keys, CancellationToken.None).ReadAllAsync())
            {
                insertCustomer.Transaction = insertKey.Transaction = transaction;
                customerCount += Run(insertCustomer, batch.Customers);
                keyCount += Run(insertKey, batch.Keys);
                inTransaction += batch.Customers.Count;
                if (inTransaction >= RowsPerTransaction)
                {
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = connection.BeginTransaction();
                    inTransaction = 0;
                }
            }

            transaction.Commit();
            transaction.Dispose();
        }

        var rows = clock.Elapsed.TotalSeconds;
        clock.Restart();
        if (mode == SqliteFtsLoad.Rebuild)
        {
            foreach (var sql in dropped)
            {
                await ExecuteAsync(connection, sql);
            }

            await ExecuteAsync(connection, """INSERT INTO "CustomerSearch"("CustomerSearch") VALUES('rebuild');""");
            await ExecuteAsync(connection, StatusCounts.Recount);
        }

        // Readers should find the pages in the database file, not in a WAL of several gigabytes.
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");

        return new LoadReport($"SQLite, FTS by {mode.ToString().ToLowerInvariant()}", customerCount, keyCount, rows, clock.Elapsed.TotalSeconds);
    }

    /// <returns>The statements that recreate what was dropped, indexes before triggers.</returns>
    private static async Task<List<string>> DropIndexesAndTriggersAsync(SqliteConnection connection)
    {
        var recreate = new List<(string Type, string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            // sql is null for the automatic indexes of primary keys: those stay.
            command.CommandText = """SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('Customers', 'CustomerKeys') AND type IN ('index', 'trigger') AND sql IS NOT NULL""";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                recreate.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (type, name, _) in recreate)
        {
            await ExecuteAsync(connection, $"DROP {type.ToUpperInvariant()} \"{name}\";");
        }

        return [.. recreate.OrderBy(r => r.Type == "trigger").Select(r => r.Sql)];
    }

    private static SqliteCommand Insert(SqliteConnection connection, TableShape shape)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{shape.Table}\" ({shape.QuotedColumnList}) VALUES ({string.Join(", ", shape.Columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < shape.Columns.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        command.Prepare();
        return command;
    }

    private static int Run(SqliteCommand command, IReadOnlyList<object?[]> rows)
    {
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                command.Parameters[i].Value = row[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        return rows.Count;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
