using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>An empty module database, SQLite file or PostgreSQL schema, for tests that migrate it step by step.</summary>
public sealed class CrmMigrationDatabase : IAsyncDisposable
{
    private readonly TestDatabases _databases;
    private readonly string _sqliteFile;

    private CrmMigrationDatabase(DatabaseKind kind, TestDatabases databases, string sqliteFile)
    {
        Kind = kind;
        _databases = databases;
        _sqliteFile = sqliteFile;
    }

    public DatabaseKind Kind { get; }

    public static async Task<CrmMigrationDatabase> CreateAsync(DatabaseKind kind, string name) =>
        new(kind, await TestDatabases.CreateAsync(kind, name), Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.db"));

    public CrmDbContext CreateContext() => Kind == DatabaseKind.Sqlite
        ? new SqliteCrmDbContext(new DbContextOptionsBuilder<SqliteCrmDbContext>()
            .UseSqlite($"Data Source={_sqliteFile};Pooling=False", o => o.MigrationsHistoryTable(CrmDbContext.HistoryTable)).Options)
        : new PostgresCrmDbContext(new DbContextOptionsBuilder<PostgresCrmDbContext>()
            .UseNpgsql(_databases.TenantsConnectionString, o => o.MigrationsHistoryTable(CrmDbContext.HistoryTable)).Options);

    public async ValueTask DisposeAsync()
    {
        await _databases.DisposeAsync();
        File.Delete(_sqliteFile);
    }
}
