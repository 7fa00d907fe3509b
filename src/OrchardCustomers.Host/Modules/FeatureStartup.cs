namespace OrchardCustomers.Host.Modules;

/// <summary>
/// The start-up of one feature. Mark the class with <see cref="FeatureAttribute"/>.
/// Services are registered once for the whole application; the host switches a feature's endpoints,
/// menu items, recipe steps and background tasks on and off per tenant.
/// </summary>
public abstract class FeatureStartup
{
    public abstract void ConfigureServices(IServiceCollection services);
}
