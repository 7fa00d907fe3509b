using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
    private TenantConnectionSettings? _settings;
    private TenantTransaction? _transaction;
    private readonly List<Action> _rollbackListeners = [];

    public TenantConnectionSettings Settings => _settings ??= TenantConnectionSettings.For(shell.Settings, appData.Value);

    public DatabaseProvider Provider => Settings.Provider;

    public DbConnection Connection => _connection ??= DatabaseConnections.Create(Settings.Provider, Settings.ConnectionString, Settings.Schema);

    internal TenantTransaction? CurrentTransaction => _transaction is { IsCompleted: false } ? _transaction : null;

    public IEnumerable<DbContext> Contexts => registry.Registrations.Select(r => (DbContext)services.GetRequiredService(r.ContextType));

    internal DbContext CreateContext(TenantDbContextRegistration registration)
    {
        var concrete = Provider == DatabaseProvider.Sqlite ? registration.SqliteType : registration.PostgresType;
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(concrete))!;
        builder.UseLoggerFactory(loggerFactory);
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

    /// <summary>Brings every tenant DbContext's tables up to date, creating the database (or schema) first.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseAsync(cancellationToken);
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
        if (!string.IsNullOrWhiteSpace(Settings.Schema))
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
            if (Provider == DatabaseProvider.Sqlite)
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

    private static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
