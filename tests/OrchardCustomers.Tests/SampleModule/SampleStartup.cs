using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.Greeting;

namespace OrchardCustomers.Tests.SampleModule;

[Feature(SampleFeature.Id)]
public sealed class SampleStartup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<SamplePermissions>();
        services.AddNavigationProvider<SampleMenu>();
        services.AddBackgroundTask<SampleBackgroundTask>();
        services.Replace(ServiceDescriptor.Scoped<IGreeting, SampleGreeting>());
    }
}
