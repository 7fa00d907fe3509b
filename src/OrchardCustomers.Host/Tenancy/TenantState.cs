namespace OrchardCustomers.Host.Tenancy;

/// <summary>The life of a tenant, as in Orchard's <c>TenantState</c>.</summary>
public enum TenantState
{
    Uninitialized,
    Initializing,
    Running,
    Disabled,
}
