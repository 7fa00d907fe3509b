using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Admin.List;
using OrchardCustomers.Module.Customers.Editor;
using OrchardCustomers.Module.Customers.Panel;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Tests.SampleModule;

[Feature(SampleFeature.Id)]
public sealed class SampleStartup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<SamplePermissions>();
        services.AddNavigationProvider<SampleMenu>();
        services.AddBackgroundTask<SampleBackgroundTask>();
        services.AddScoped<SampleTenant>();
        services.AddScoped<ICustomerEditorSection, SampleCodeSection>();
        services.AddScoped<ICustomerListColumnProvider, SampleCodeColumns>();
        services.AddScoped<ICustomerListFilter, SampleCodeFilter>();
        services.AddScoped<ICustomerPanelContributor, SamplePanelContributor>();
    }
}
