using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Tests.Customers;

/// <summary>
/// Two tenants with the same state (same filter, same newest activity id) ask for the list total with the same key:
/// each must get its own.
/// </summary>
public sealed class CustomerCountCacheTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddMemoryCache()
        .AddSingleton<TenantCacheGenerations>()
        .AddScoped<ShellContext>()
        .AddScoped<TenantCache>()
        .AddScoped<CustomerCountCache>()
        .BuildServiceProvider();

    [Fact]
    public void Tenants_with_identical_state_never_see_each_others_totals()
    {
        InTenant("Default", totals => totals.Set("status:active q:berlin", stamp: 1, total: 3));
        InTenant("acme", totals => Assert.False(totals.TryGet("status:active q:berlin", 1, out _)));
        InTenant("acme", totals => totals.Set("status:active q:berlin", stamp: 1, total: 5));

        InTenant("Default", totals => Assert.Equal(3, totals.TryGet("status:active q:berlin", 1, out var total) ? total : -1));
        InTenant("acme", totals => Assert.Equal(5, totals.TryGet("status:active q:berlin", 1, out var total) ? total : -1));
    }

    [Fact]
    public void A_total_is_reused_only_while_the_stamp_is_the_same()
    {
        InTenant("Default", totals => totals.Set("", stamp: 1, total: 3));
        InTenant("Default", totals => Assert.False(totals.TryGet("", 2, out _)));
    }

    private void InTenant(string tenant, Action<CustomerCountCache> action)
    {
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ShellContext>().Settings = new ShellSettings { Name = tenant, State = TenantState.Running };
        action(scope.ServiceProvider.GetRequiredService<CustomerCountCache>());
    }

    public void Dispose() => _services.Dispose();
}
