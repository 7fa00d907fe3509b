namespace OrchardCustomers.Host.Caching;

/// <summary>
/// The tenant's change stamp: one row, given a new value in the same transaction as every change that a cache of
/// identities, permissions, settings or features depends on. Another instance that sees it move drops its caches.
/// </summary>
public sealed class ChangeStampRecord
{
    public const int TenantId = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}
