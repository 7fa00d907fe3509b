namespace OrchardCustomers.Host.Caching;

/// <summary>How fresh the per-tenant caches of identities, permissions, settings and features stay across app instances.</summary>
public sealed class TenantCacheOptions
{
    public const string SectionName = "OrchardCustomers:Caching";

    /// <summary>
    /// How often an instance reads its tenant's change stamp: a change made on another instance is seen here within
    /// this time (plus one query). docs/security.md states the bound.
    /// </summary>
    public TimeSpan StampInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long an entry that nobody reads stays in memory.</summary>
    public TimeSpan Idle { get; set; } = TimeSpan.FromMinutes(10);
}
