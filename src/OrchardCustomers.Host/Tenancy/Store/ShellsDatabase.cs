using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Tenancy.Store;

/// <summary>Opens the host-wide shells database.</summary>
public sealed class ShellsDatabase(IOptions<ShellsDatabaseOptions> options, IOptions<AppDataOptions> appData, ILoggerFactory loggerFactory)
{
    public DatabaseProvider Provider => options.Value.DatabaseProvider;

    private string ConnectionString =>
        string.IsNullOrWhiteSpace(options.Value.ConnectionString)
            ? Provider == DatabaseProvider.Sqlite
                ? DatabaseConnections.SqliteFile(Path.Combine(appData.Value.Path, "shells.db"))
                : throw new InvalidOperationException($"{ShellsDatabaseOptions.SectionName}:ConnectionString is required for PostgreSQL.")
            : DatabaseConnections.WithSchema(Provider, options.Value.ConnectionString, options.Value.Schema);

    public System.Data.Common.DbConnection CreateConnection() => DatabaseConnections.Create(Provider, ConnectionString);

    public ShellsDbContext CreateContext()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteShellsDbContext>().UseLoggerFactory(loggerFactory)
                .UseSqlite(ConnectionString, o => o.MigrationsHistoryTable(ShellsDbContext.HistoryTable));
            return new SqliteShellsDbContext(sqlite.Options);
        }

        var postgres = new DbContextOptionsBuilder<PostgresShellsDbContext>().UseLoggerFactory(loggerFactory)
            .UseNpgsql(ConnectionString, o => o.MigrationsHistoryTable(ShellsDbContext.HistoryTable));
        return new PostgresShellsDbContext(postgres.Options);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(appData.Value.Path);
        }

        await using var context = CreateContext();
        if (Provider == DatabaseProvider.Postgres && !string.IsNullOrWhiteSpace(options.Value.Schema))
        {
            var sql = "CREATE SCHEMA IF NOT EXISTS \"" + options.Value.Schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await context.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }

        await MigrationRunner.MigrateAsync(context, cancellationToken);
    }
}
