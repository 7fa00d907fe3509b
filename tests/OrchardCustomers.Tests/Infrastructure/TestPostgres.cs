using Npgsql;

namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL cluster that ./test.sh starts on loopback. Each test class gets databases of its own.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "ORCHARDCUSTOMERS_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL and sets it.");

    /// <returns>The connection string of a new, empty database.</returns>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():n}"[..Math.Min(prefix.Length + 13, 60)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
