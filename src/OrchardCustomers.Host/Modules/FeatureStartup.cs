namespace OrchardCustomers.Host.Modules;

/// <summary>
/// The start-up of one feature. Mark the class with <see cref="FeatureAttribute"/>.
/// Services are registered once for the whole application; the host switches a feature's endpoints,
/// menu items, recipe steps and background tasks on and off per tenant. Startups run after those of the features they
/// depend on. A registration the startup replaces (<c>services.Replace</c>, <c>Decorate</c>) answers only in tenants
/// where the feature is enabled; contributions added beside others are filtered with <c>WhereEnabledAsync</c>.
/// </summary>
public abstract class FeatureStartup
{
    public abstract void ConfigureServices(IServiceCollection services);
}
