using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.Content;
using OrchardCustomers.Module.Shared.Files;
using OrchardCustomers.Module.Shared.History;
using OrchardCustomers.Module.Shared.Numbering;

namespace OrchardCustomers.Module.Shared;

/// <summary>
/// The building blocks every feature of the module may use: the module's tables (CrmDbContext), content handlers, the
/// activity history, file and picture storage and number sequences. No [Feature]: they belong to the host's feature,
/// which is always on, so that no feature has to depend on another to use them.
/// </summary>
public sealed class SharedStartup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<CrmDbContext, SqliteCrmDbContext, PostgresCrmDbContext>(CrmDbContext.HistoryTable);
        services.AddScoped<ContentHandlerInvoker>();
        services.AddScoped<IContentHandler, ActivityHistoryHandler>();
        services.AddScoped<ActivityRecorder>();
        services.AddScoped<HistoryLabels>();
        services.AddScoped<NumberSequenceService>();
        services.AddScoped<ContentFileStore>();
        services.AddScoped<IContentHandler, ContentFilesHandler>();
    }
}
