using System.Collections.Concurrent;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>
/// The sample codes of customers, in memory per tenant: the sample feature's own data, which customer code never
/// sees. The key holds the tenant's database too, because tenants of different test sites share names.
/// </summary>
public static class SampleCodes
{
    private static readonly ConcurrentDictionary<(string Tenant, long CustomerId), string> Codes = new();

    public static void Set(string tenant, long customerId, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            Codes.TryRemove((tenant, customerId), out _);
        }
        else
        {
            Codes[(tenant, customerId)] = code;
        }
    }

    public static string? Get(string tenant, long customerId) => Codes.GetValueOrDefault((tenant, customerId));

    public static IReadOnlyList<long> CustomersWithCode(string tenant) => [.. Codes.Keys.Where(k => k.Tenant == tenant).Select(k => k.CustomerId)];
}
