using System.Diagnostics;
using Npgsql;

namespace OrchardCustomers.Bench.Loading;

/// <summary>
/// Bulk-loads the tenant's PostgreSQL database with binary COPY: the secondary indexes (the GIN index too) are dropped
/// first and built once afterwards, which is far cheaper than maintaining them row by row; then VACUUM ANALYZE, as
/// autovacuum would leave a table that was loaded long ago.
/// </summary>
public static class PostgresLoader
{
    public static async Task<LoadReport> LoadAsync(string connectionString, TableShape customers, TableShape keys, long count, int seed)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SET maintenance_work_mem = '1GB'; SET synchronous_commit = off;");
        var dropped = await DropIndexesAsync(connection);

        var clock = Stopwatch.StartNew();
        long customerCount = 0, keyCount = 0;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // Row triggers (the per-status, per-category and per-tag totals) would fire a million times; the totals are counted once below.
            await ExecuteAsync(connection, """ALTER TABLE "Customers" DISABLE TRIGGER USER; ALTER TABLE "CustomerKeys" DISABLE TRIGGER USER;""");
            await foreach (var batch in RowProducer.Start(count, seed, customers, keys, CancellationToken.None).ReadAllAsync())
            {
                // Customers first: the keys' foreign key checks them in the same transaction.
                customerCount += await CopyAsync(connection, customers, batch.Customers);
                keyCount += await CopyAsync(connection, keys, batch.Keys);
            }

            await ExecuteAsync(connection, """SELECT setval(pg_get_serial_sequence('"Customers"', 'Id'), (SELECT max("Id") FROM "Customers"));""");
            await ExecuteAsync(connection, """ALTER TABLE "Customers" ENABLE TRIGGER USER; ALTER TABLE "CustomerKeys" ENABLE TRIGGER USER;""");
            await ExecuteAsync(connection, StatusCounts.Recount);
            await transaction.CommitAsync();
        }

        var rows = clock.Elapsed.TotalSeconds;
        clock.Restart();
        foreach (var sql in dropped)
        {
            await ExecuteAsync(connection, sql);
        }

        // One statement per command: VACUUM refuses to run in a batch.
        await ExecuteAsync(connection, """VACUUM (ANALYZE) "Customers";""");
        await ExecuteAsync(connection, """VACUUM (ANALYZE) "CustomerKeys";""");
        return new LoadReport("PostgreSQL, binary COPY", customerCount, keyCount, rows, clock.Elapsed.TotalSeconds);
    }

    /// <returns>The CREATE INDEX statements of the dropped indexes (those not backing a constraint).</returns>
    private static async Task<List<string>> DropIndexesAsync(NpgsqlConnection connection)
    {
        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT i.relname, pg_get_indexdef(i.oid)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relname IN ('Customers', 'CustomerKeys') AND t.relnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
            """,
            connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\";");
        }

        return [.. indexes.Select(i => i.Definition)];
    }

    private static async Task<int> CopyAsync(NpgsqlConnection connection, TableShape shape, IReadOnlyList<object?[]> rows)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{shape.Table}\" ({shape.QuotedColumnList}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var value in row)
            {
                if (value is null)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    // Typed by the value: text for the varchar and JSON text columns, timestamptz for UTC dates.
                    await writer.WriteAsync(value);
                }
            }
        }

        await writer.CompleteAsync();
        return rows.Count;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
