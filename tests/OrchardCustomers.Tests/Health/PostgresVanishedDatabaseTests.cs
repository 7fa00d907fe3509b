using Npgsql;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Health;

/// <summary>On PostgreSQL the tenant's schema is dropped: at start the migrator used to create it again, empty.</summary>
public sealed class PostgresVanishedDatabaseTests : VanishedDatabaseTests
{
    private string? _connectionString;

    protected override DatabaseKind Kind => DatabaseKind.Postgres;

    protected override async Task VanishAsync()
    {
        _connectionString = await Site.InTenantAsync(Tenant, sp => Task.FromResult(
            sp.GetRequiredService<OrchardCustomers.Host.Data.TenantDatabase>().Settings.ConnectionString));
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA tenant_{Tenant} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }

    protected override async Task<bool> IsGoneAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_namespace WHERE nspname = 'tenant_{Tenant}'", connection);
        return (long)(await exists.ExecuteScalarAsync())! == 0;
    }
}
