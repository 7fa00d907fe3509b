using System.Collections.Concurrent;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>In-memory data per tenant, so that a leak between tenants would show in a response.</summary>
public static class SampleStore
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> Items = new();

    public static void Add(string tenant, string text) => Items.GetOrAdd(tenant, _ => new()).Enqueue(text);

    public static IReadOnlyList<string> For(string tenant) => [.. Items.GetOrAdd(tenant, _ => new())];
}
