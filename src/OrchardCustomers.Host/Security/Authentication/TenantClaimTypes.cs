namespace OrchardCustomers.Host.Security.Authentication;

public static class TenantClaimTypes
{
    /// <summary>The tenant a principal was issued by; a principal is only valid in its own tenant.</summary>
    public const string Tenant = "oc:tenant";
}
