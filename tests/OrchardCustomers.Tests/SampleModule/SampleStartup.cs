using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.Greeting;
using OrchardCustomers.Module.Customers.Admin.List;
using OrchardCustomers.Module.Customers.Editor;
using OrchardCustomers.Module.Customers.Panel;
using OrchardCustomers.Module.Customers.Search;
using OrchardCustomers.Module.Shared.Content;
using OrchardCustomers.Tests.SampleModule.Tickets;

namespace OrchardCustomers.Tests.SampleModule;

[Feature(SampleFeature.Id)]
public sealed class SampleStartup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<SamplePermissions>();
        services.AddNavigationProvider<SampleMenu>();
        services.AddBackgroundTask<SampleBackgroundTask>();
        services.AddTenantDbContext<SampleDbContext, SqliteSampleDbContext, PostgresSampleDbContext>(SampleDbContext.HistoryTable);
        services.AddScoped<SampleTicketService>();
        services.AddScoped<IContentHandler, SampleTicketHandler>();
        services.Replace(ServiceDescriptor.Scoped<IGreeting, SampleGreeting>());
        services.AddContentRecipeHandler<SampleTicketRecipeHandler>();
        services.AddContentExporter<SampleTicketExporter>();
        services.AddScoped<SampleTenant>();
        services.AddScoped<ICustomerEditorSection, SampleCodeSection>();
        services.AddScoped<ICustomerListColumnProvider, SampleCodeColumns>();
        services.AddScoped<ICustomerListFilter, SampleCodeFilter>();
        services.AddScoped<ICustomerPanelContributor, SamplePanelContributor>();
    }
}
