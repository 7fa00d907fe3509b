using System.Data.Common;

namespace OrchardCustomers.Host.Data;

/// <summary>
/// A transaction across all tenant DbContexts of a scope. Disposing it without <see cref="CommitAsync"/> rolls back
/// and forgets the tracked changes, so nothing half-written survives a failure.
/// </summary>
public sealed class TenantTransaction : IAsyncDisposable
{
    private readonly TenantDatabase _database;
    private readonly TenantTransaction? _outer;
    private bool _committed;
    private bool _rollbackOnly;

    internal TenantTransaction(DbTransaction dbTransaction, TenantDatabase database)
    {
        DbTransaction = dbTransaction;
        _database = database;
    }

    private TenantTransaction(TenantTransaction outer)
    {
        _outer = outer;
        DbTransaction = outer.DbTransaction;
        _database = outer._database;
    }

    public DbTransaction DbTransaction { get; }

    internal bool IsCompleted { get; private set; }

    internal TenantTransaction Join() => new(this);

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_outer is not null)
        {
            _committed = true;
            return;
        }

        if (_rollbackOnly)
        {
            throw new InvalidOperationException("An inner part of this transaction failed; it cannot be committed.");
        }

        await DbTransaction.CommitAsync(cancellationToken);
        _committed = true;
        IsCompleted = true;
        await _database.DetachAsync(discardChanges: false);
        await DbTransaction.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_outer is not null)
        {
            if (!_committed)
            {
                _outer._rollbackOnly = true;
            }

            return;
        }

        if (IsCompleted)
        {
            return;
        }

        IsCompleted = true;
        try
        {
            await DbTransaction.RollbackAsync();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The connection broke or the database already rolled back; either way nothing was committed.
        }

        await _database.DetachAsync(discardChanges: true);
        await DbTransaction.DisposeAsync();
    }
}
