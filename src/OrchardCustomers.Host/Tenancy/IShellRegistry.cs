namespace OrchardCustomers.Host.Tenancy;

/// <summary>The tenants of this installation, shared by every app instance through the shells database.</summary>
public interface IShellRegistry
{
    Task<IReadOnlyList<ShellSettings>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<ShellSettings?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds a tenant; throws <see cref="InvalidOperationException"/> when the name is taken.</summary>
    Task CreateAsync(ShellSettings settings, CancellationToken cancellationToken = default);

    Task UpdateAsync(ShellSettings settings, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a tenant from one state to another only if it is still in <paramref name="from"/>: the database decides,
    /// so two instances (or two clicks) cannot both start the same setup.
    /// </summary>
    Task<bool> TryChangeStateAsync(string name, TenantState from, TenantState to, CancellationToken cancellationToken = default);
}
