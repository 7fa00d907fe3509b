using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Caching;

/// <summary>
/// Drops the tenant's cache entries on this instance after a change that they depend on. Inside a transaction it does
/// so again when the transaction ends: a request that read the old rows before the commit may have cached them.
/// </summary>
public sealed class TenantChanges
{
    private readonly ShellContext _shell;
    private readonly TenantCacheGenerations _generations;
    private bool _pending;

    public TenantChanges(ShellContext shell, TenantCacheGenerations generations, TenantDatabase database)
    {
        _shell = shell;
        _generations = generations;
        database.OnTransactionEnded(() =>
        {
            if (_pending)
            {
                _pending = false;
                Invalidate();
            }
        });
    }

    /// <param name="inTransaction">True when the change is not committed yet.</param>
    internal void Saved(bool inTransaction)
    {
        Invalidate();
        _pending |= inTransaction;
    }

    private void Invalidate() => _generations.Invalidate(_shell.Settings.Name);
}
