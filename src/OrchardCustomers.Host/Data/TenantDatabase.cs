using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Data;

/// <summary>
/// The current tenant's database for one scope: one connection shared by every tenant DbContext, so that a
/// transaction can span the host's and the modules' tables (a recipe is applied whole or not at all).
/// </summary>
public sealed class TenantDatabase(
    ShellContext shell,
    IOptions<AppDataOptions> appData,
    TenantDbContextRegistry registry,
    IServiceProvider services,
    ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private DbConnection? _connection;
    private string? _sqliteFile;
    private TenantConnectionSettings? _settings;
    private TenantTransaction? _transaction;
    private readonly List<Action> _rollbackListeners = [];

    public TenantConnectionSettings Settings => _settings ??= TenantConnectionSettings.For(shell.Settings, appData.Value);

    public DatabaseProvider Provider => Settings.Provider;

    public DbConnection Connection => _connection ??= CreateConnection();

    /// <summary>
    /// A tenant that is set up must find its database where it left it; only setup (Uninitialized, Initializing) may
    /// create it.
    /// </summary>
    public bool MustAlreadyExist => shell.HasTenant && shell.Settings.State == TenantState.Running;

    /// <summary>The SQLite file of this tenant; null on PostgreSQL or in memory.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite ? _sqliteFile ??= DatabaseConnections.SqliteFilePath(Settings.ConnectionString) : null;

    /// <summary>True when a set-up tenant's SQLite file is gone. A cheap check (one stat), made on every request.</summary>
    public bool IsMissing => MustAlreadyExist && SqliteFile is { } file && !File.Exists(file);

    private DbConnection CreateConnection()
    {
        if (Provider != DatabaseProvider.Sqlite || !MustAlreadyExist)
        {
            return DatabaseConnections.Create(Settings.Provider, Settings.ConnectionString, Settings.Schema);
        }

        var connectionString = DatabaseConnections.SqliteWithoutCreate(Settings.ConnectionString);
        if (IsMissing)
        {
            // A pooled connection would go on writing into the deleted file's inode, and lose it all at the next restart.
            SqliteConnection.ClearPool(new SqliteConnection(connectionString));
            SqliteConnection.ClearPool(new SqliteConnection(Settings.ConnectionString));
            throw new TenantDatabaseMissingException(shell.Settings.Name, $"the file {SqliteFile} does not exist.");
        }

        return DatabaseConnections.Create(DatabaseProvider.Sqlite, connectionString);
    }

    internal TenantTransaction? CurrentTransaction => _transaction is { IsCompleted: false } ? _transaction : null;

    public IEnumerable<DbContext> Contexts => registry.Registrations.Select(r => (DbContext)services.GetRequiredService(r.ContextType));

    internal DbContext CreateContext(TenantDbContextRegistration registration)
    {
        var concrete = Provider == DatabaseProvider.Sqlite ? registration.SqliteType : registration.PostgresType;
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(concrete))!;
        builder.UseLoggerFactory(loggerFactory);
        if (services.GetService<Diagnostics.QueryCountInterceptor>() is { } queryCounter)
        {
            builder.AddInterceptors(queryCounter);
        }

        if (Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(Connection, o => o.MigrationsHistoryTable(registration.HistoryTable));
        }
        else
        {
            builder.UseNpgsql(Connection, o => o.MigrationsHistoryTable(registration.HistoryTable));
        }

        var context = (DbContext)ActivatorUtilities.CreateInstance(services, concrete, builder.Options);
        if (CurrentTransaction is { } transaction)
        {
            context.Database.UseTransaction(transaction.DbTransaction);
        }

        return context;
    }

    /// <summary>
    /// Begins a transaction over every tenant DbContext of this scope. Nested calls join the outer transaction:
    /// only the outermost commit writes.
    /// </summary>
    public async Task<TenantTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        if (CurrentTransaction is { } outer)
        {
            return outer.Join();
        }

        await OpenAsync(cancellationToken);
        var dbTransaction = await Connection.BeginTransactionAsync(cancellationToken);
        _transaction = new TenantTransaction(dbTransaction, this);
        foreach (var context in Contexts)
        {
            await context.Database.UseTransactionAsync(dbTransaction, cancellationToken);
        }

        return _transaction;
    }

    /// <summary>Lets a scoped cache forget what it read inside a transaction that was rolled back.</summary>
    public void OnRollback(Action listener) => _rollbackListeners.Add(listener);

    internal async Task DetachAsync(bool discardChanges)
    {
        if (discardChanges)
        {
            _rollbackListeners.ForEach(l => l());
        }

        foreach (var context in Contexts)
        {
            await context.Database.UseTransactionAsync(null);
            if (discardChanges)
            {
                context.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Brings every tenant DbContext's tables up to date. During setup it creates the database (or schema) first; for a
    /// tenant that is set up it only upgrades, and refuses a database that holds none of its tables.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(cancellationToken);
        if (MustAlreadyExist && !await HasAnyHistoryAsync(cancellationToken))
        {
            throw new TenantDatabaseMissingException(shell.Settings.Name, "it holds none of the tenant's tables.");
        }

        foreach (var context in Contexts)
        {
            await MigrationRunner.MigrateAsync(context, cancellationToken);
        }
    }

    private async Task EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await OpenAsync(cancellationToken);
            await using var wal = Connection.CreateCommand();
            // WAL lets readers work while a writer commits; it is a property of the file, set once.
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await OpenAsync(cancellationToken);
        if (!MustAlreadyExist && !string.IsNullOrWhiteSpace(Settings.Schema))
        {
            await using var create = Connection.CreateCommand();
            create.CommandText = $"CREATE SCHEMA IF NOT EXISTS {QuoteIdentifier(Settings.Schema)};";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (Connection.State != ConnectionState.Open)
        {
            if (Provider == DatabaseProvider.Sqlite && !MustAlreadyExist)
            {
                // SQLite creates the file, but not the tenant's folder.
                var file = new SqliteConnectionStringBuilder(Settings.ConnectionString).DataSource;
                if (!string.IsNullOrEmpty(file) && file != ":memory:")
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                }
            }

            await Connection.OpenAsync(cancellationToken);
        }
    }

    /// <summary>True when the database answers a trivial query.</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await OpenAsync(cancellationToken);
            await using var command = Connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>True when at least one tenant DbContext has its migrations history: the database is this tenant's.</summary>
    private async Task<bool> HasAnyHistoryAsync(CancellationToken cancellationToken)
    {
        foreach (var registration in registry.Registrations)
        {
            if (await HistoryExistsAsync(registration, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the context's history table is where the tenant's queries look. Npgsql's own check finds the table in any
    /// schema, another tenant's included; to_regclass follows the search path.
    /// </summary>
    private async Task<bool> HistoryExistsAsync(TenantDbContextRegistration registration, CancellationToken cancellationToken)
    {
        if (Provider != DatabaseProvider.Postgres)
        {
            var context = (DbContext)services.GetRequiredService(registration.ContextType);
            return await context.GetService<IHistoryRepository>().ExistsAsync(cancellationToken);
        }

        await OpenAsync(cancellationToken);
        await using var command = Connection.CreateCommand();
        command.CommandText = "SELECT to_regclass(@name) IS NOT NULL";
        var name = command.CreateParameter();
        name.ParameterName = "name";
        name.Value = QuoteIdentifier(registration.HistoryTable);
        command.Parameters.Add(name);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>The migrations the code has and the database lacks, over every tenant DbContext.</summary>
    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        var pending = new List<string>();
        foreach (var registration in registry.Registrations)
        {
            var context = (DbContext)services.GetRequiredService(registration.ContextType);
            pending.AddRange(await HistoryExistsAsync(registration, cancellationToken)
                ? await context.Database.GetPendingMigrationsAsync(cancellationToken)
                : context.Database.GetMigrations());
        }

        return pending;
    }

    /// <summary>True when SQLite opened the file read-only (the file or its folder is write-protected).</summary>
    public async Task<bool> IsReadOnlyAsync(CancellationToken cancellationToken = default)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return false;
        }

        await OpenAsync(cancellationToken);
        return SQLitePCL.raw.sqlite3_db_readonly(((SqliteConnection)Connection).Handle, "main") == 1;
    }

    private static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
