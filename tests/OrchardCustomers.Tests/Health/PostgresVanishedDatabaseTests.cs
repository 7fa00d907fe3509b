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

    /// <summary>Requests that query the dropped schema get the tenant's 503, not a 500.</summary>
    protected override async Task AssertRequestsAreRefusedAsync(SiteFactory site)
    {
        // EF logs the failing query itself; what matters here is the answer and the outage log the base class checks.
        site.Errors.Expect("42P01");
        site.Errors.Expect("3F000");
        site.Errors.Expect("Failed executing DbCommand");
        var write = await Api(site).PostAsync($"{Tenant}/api/customers", Customer());
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
        var read = await Api(site).GetAsync($"{Tenant}/api/customers");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, read.StatusCode);
    }

    protected override async Task<bool> IsGoneAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_namespace WHERE nspname = 'tenant_{Tenant}'", connection);
        return (long)(await exists.ExecuteScalarAsync())! == 0;
    }
}
