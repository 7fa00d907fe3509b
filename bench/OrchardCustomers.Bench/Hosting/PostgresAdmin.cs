using Npgsql;

namespace OrchardCustomers.Bench.Hosting;

/// <summary>The bench's own database in the given cluster, made fresh before a generation.</summary>
public static class PostgresAdmin
{
    public static string TenantConnectionString(string admin, string database) =>
        new NpgsqlConnectionStringBuilder(admin) { Database = database, CommandTimeout = 0 }.ToString();

    public static async Task<bool> ExistsAsync(string admin, string database)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return await command.ExecuteScalarAsync() is not null;
    }

    public static async Task RecreateAsync(string admin, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", $"CREATE DATABASE \"{database}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
