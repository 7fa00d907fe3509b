using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Admin.List;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Deletion;
using OrchardCustomers.Module.Customers.Duplicates;
using OrchardCustomers.Module.Customers.Editor;
using OrchardCustomers.Module.Customers.Numbering;
using OrchardCustomers.Module.Customers.Panel;
using OrchardCustomers.Module.Customers.Permissions;
using OrchardCustomers.Module.Customers.Recipes;
using OrchardCustomers.Module.Customers.Search;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Customers.Validation;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.History;

namespace OrchardCustomers.Module.Customers;

[Feature(CustomersFeature.Id)]
public sealed class CustomersStartup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<CustomerPermissions>();
        services.AddNavigationProvider<CustomersMenu>();
        services.AddSiteSettingsSection<CustomerSettings>(CustomerSettings.SectionName, CustomersFeature.Id);
        services.AddContentRecipeHandler<CustomerContentRecipeHandler>();
        services.AddContentExporter<CustomerContentExporter>();
        services.AddRecipeStepExporter<CustomFieldsStepExporter>();
        services.AddRecipeStep<ContentDefinitionStep>();

        services.AddSingleton<CustomerValidator>();
        services.AddScoped<CustomerSettingsService>();
        services.AddScoped<CustomFieldService>();
        services.AddScoped<CustomerNumbering>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<DeletionGuard>();
        services.AddScoped<ICustomerDeletionRule, NotesDeletionRule>();
        services.AddScoped<ICustomerDeletionRule, FilesDeletionRule>();
        services.AddScoped<CustomerService>();
        services.AddScoped<CustomerListService>();
        services.AddScoped<CustomerCountCache>();
        services.AddScoped<CustomerPageAnchors>();
        services.AddBackgroundTask<CustomerSearchRebuildTask>();
        services.AddScoped<CustomerListMenus>();
        services.AddScoped<ICustomerSearch>(sp => sp.GetRequiredService<TenantDatabase>().Provider == DatabaseProvider.Postgres
            ? ActivatorUtilities.CreateInstance<PostgresCustomerSearch>(sp)
            : ActivatorUtilities.CreateInstance<SqliteCustomerSearch>(sp));
        services.AddScoped<CustomerPanelBuilder>();
        services.AddScoped<Admin.CustomerDisplay>();
        services.AddOptions<Shared.Files.FileStorageOptions>().BindConfiguration(Shared.Files.FileStorageOptions.SectionName);
        services.AddScoped<ICustomerPanelContributor, DetailsPanelContributor>();
        services.AddScoped<ICustomerPanelContributor, ContactsPanelContributor>();
        services.AddScoped<ICustomerPanelContributor, NotesPanelContributor>();
        services.AddScoped<ICustomerPanelContributor, FilesPanelContributor>();
        services.AddScoped<ICustomerPanelContributor, HistoryPanelContributor>();
        services.AddScoped<OrchardCustomers.Module.Shared.History.IHistoryFieldLabels, History.CustomerHistoryLabels>();
        services.AddScoped<CustomerEditor>();
        services.AddDashboardWidget<Dashboard.CustomersWidget>();
        services.AddCustomerFormSections();
        services.AddScoped<CustomerListColumns>();
        services.AddScoped<CustomerListFilters>();
        services.AddScoped<ICustomerListColumnProvider, StandardListColumns>();
        services.AddScoped<ICustomerListColumnProvider, CustomFieldListColumns>();
    }
}
