using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.Greeting;

namespace OrchardCustomers.Tests.Features;

/// <summary>What a feature cannot replace per tenant is refused at start-up, naming the feature and the service.</summary>
public sealed class FeatureServiceReplacementTests
{
    private static readonly FeatureCatalog Catalog = new([], [new ModuleFeatureAttribute { Id = "Replacing", Name = "Replacing" }]);

    [Fact]
    public void Replacing_a_singleton_is_refused()
    {
        var services = new ServiceCollection().AddSingleton<IGreeting, HostGreeting>();
        var error = Assert.Throws<InvalidOperationException>(() => FeatureStartups.ConfigureAll(services, Catalog, [typeof(SingletonReplacingStartup)]));
        Assert.Contains("'Replacing'", error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(IGreeting).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("singleton", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_service_without_replacing_it_is_refused()
    {
        var services = new ServiceCollection().AddScoped<IGreeting, HostGreeting>();
        var error = Assert.Throws<InvalidOperationException>(() => FeatureStartups.ConfigureAll(services, Catalog, [typeof(RemovingStartup)]));
        Assert.Contains("removes 1 registration(s) and adds 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scoped_replacement_becomes_a_switch_and_a_contribution_beside_others_stays_as_registered()
    {
        var services = new ServiceCollection().AddScoped<IGreeting, HostGreeting>();
        FeatureStartups.ConfigureAll(services, Catalog, [typeof(ScopedReplacingStartup)]);
        var greeting = Assert.Single(services, d => d.ServiceType == typeof(IGreeting));
        Assert.NotNull(greeting.ImplementationFactory);
        Assert.Equal(ServiceLifetime.Scoped, greeting.Lifetime);

        services = new ServiceCollection().AddScoped<IGreeting, HostGreeting>();
        FeatureStartups.ConfigureAll(services, Catalog, [typeof(ContributingStartup)]);
        Assert.Equal([typeof(HostGreeting), typeof(ReplacingGreeting)], services.Where(d => d.ServiceType == typeof(IGreeting)).Select(d => d.ImplementationType));
    }

    [Feature("Replacing")]
    private sealed class ReplacingGreeting : IGreeting
    {
        public string From => "Replacing";
    }

    [Feature("Replacing")]
    private sealed class SingletonReplacingStartup : FeatureStartup
    {
        public override void ConfigureServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<IGreeting, ReplacingGreeting>());
    }

    [Feature("Replacing")]
    private sealed class ScopedReplacingStartup : FeatureStartup
    {
        public override void ConfigureServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Scoped<IGreeting, ReplacingGreeting>());
    }

    [Feature("Replacing")]
    private sealed class RemovingStartup : FeatureStartup
    {
        public override void ConfigureServices(IServiceCollection services) => services.RemoveAll<IGreeting>();
    }

    [Feature("Replacing")]
    private sealed class ContributingStartup : FeatureStartup
    {
        public override void ConfigureServices(IServiceCollection services) => services.AddScoped<IGreeting, ReplacingGreeting>();
    }
}
