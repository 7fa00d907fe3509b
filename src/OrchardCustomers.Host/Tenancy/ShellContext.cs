namespace OrchardCustomers.Host.Tenancy;

/// <summary>
/// The tenant of the current scope. The tenant middleware sets it for a request; background work and setup set it
/// for the scopes they create. Tenant-dependent services read it lazily.
/// </summary>
public sealed class ShellContext
{
    private ShellSettings? _settings;

    public ShellSettings Settings
    {
        get => _settings ?? throw new InvalidOperationException("No tenant is set for this scope.");
        set => _settings = value;
    }

    public bool HasTenant => _settings is not null;
}
