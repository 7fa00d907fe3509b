using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.Greeting;
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
    }
}
