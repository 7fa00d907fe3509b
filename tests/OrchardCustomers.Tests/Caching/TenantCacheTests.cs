using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Tests.Caching;

/// <summary>Tenants asking the one memory cache with the same key each get their own value.</summary>
public sealed class TenantCacheTests : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(5);

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddMemoryCache()
        .AddSingleton<TenantCacheGenerations>()
        .AddScoped<ShellContext>()
        .AddScoped<TenantCache>()
        .BuildServiceProvider();

    [Fact]
    public void Two_tenants_with_the_same_key_never_see_each_others_value()
    {
        InTenant("acme", cache => cache.Set("customers:count", 7L, Idle));
        InTenant("globex", cache => Assert.False(cache.TryGet<long>("customers:count", out _)));
        InTenant("globex", cache => cache.Set("customers:count", 9L, Idle));

        InTenant("acme", cache => Assert.Equal(7L, cache.TryGet<long>("customers:count", out var value) ? value : -1));
        InTenant("globex", cache => Assert.Equal(9L, cache.TryGet<long>("customers:count", out var value) ? value : -1));
    }

    [Fact]
    public void Invalidating_a_tenant_forgets_its_entries_and_keeps_the_others()
    {
        InTenant("acme", cache => cache.Set("a", "acme", Idle));
        InTenant("globex", cache => cache.Set("a", "globex", Idle));

        InTenant("acme", cache => cache.InvalidateTenant());

        InTenant("acme", cache => Assert.False(cache.TryGet<string>("a", out _)));
        InTenant("globex", cache => Assert.True(cache.TryGet<string>("a", out var value) && value == "globex"));
        InTenant("acme", cache => cache.Set("a", "acme again", Idle));
        InTenant("acme", cache => Assert.True(cache.TryGet<string>("a", out var value) && value == "acme again"));
    }

    [Fact]
    public void A_scope_without_a_tenant_cannot_use_it()
    {
        using var scope = _services.CreateScope();
        var cache = scope.ServiceProvider.GetRequiredService<TenantCache>();
        Assert.Throws<InvalidOperationException>(() => cache.Set("a", 1, Idle));
        Assert.Throws<InvalidOperationException>(() => cache.TryGet<int>("a", out _));
    }

    private void InTenant(string tenant, Action<TenantCache> action)
    {
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ShellContext>().Settings = new ShellSettings { Name = tenant, State = TenantState.Running };
        action(scope.ServiceProvider.GetRequiredService<TenantCache>());
    }

    public void Dispose() => _services.Dispose();
}
