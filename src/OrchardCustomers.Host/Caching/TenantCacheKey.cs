namespace OrchardCustomers.Host.Caching;

/// <summary>The key of every <see cref="TenantCache"/> entry: no entry can be read without naming its tenant.</summary>
internal readonly record struct TenantCacheKey(string Tenant, string Key);
