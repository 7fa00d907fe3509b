using OrchardCustomers.Host.Modules;

namespace OrchardCustomers.Tests.SampleModule;

[Feature(SampleFeature.Id)]
public sealed class SampleStartup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<SamplePermissions>();
        services.AddNavigationProvider<SampleMenu>();
        services.AddBackgroundTask<SampleBackgroundTask>();
        services.AddContentRecipeHandler<SampleContentRecipeHandler>();
        services.AddContentExporter<SampleContentExporter>();
    }
}
