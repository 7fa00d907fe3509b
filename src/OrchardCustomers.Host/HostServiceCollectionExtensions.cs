using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Navigation;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Api;
using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Health;
using OrchardCustomers.Host.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.Greeting;
using OrchardCustomers.Host.Modules.Services;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Mvc;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Recipes.Export;
using OrchardCustomers.Host.Recipes.Steps;
using OrchardCustomers.Host.Security;
using OrchardCustomers.Host.Security.DataProtection;
using OrchardCustomers.Host.Security.Headers;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Host.Setup;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Host.Tenancy.Store;

namespace OrchardCustomers.Host;

public static class HostServiceCollectionExtensions
{
    /// <summary>Adds the host (tenants, security, recipes, admin shell) and the given modules and themes.</summary>
    public static WebApplicationBuilder AddOrchardCustomersHost(this WebApplicationBuilder builder, Action<OrchardCustomersHostBuilder> configure)
    {
        var host = new OrchardCustomersHostBuilder();
        configure(host);
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Further modules can be named in configuration, e.g. OrchardCustomers__Modules__0=Contoso.Crm.Extras.
        foreach (var name in configuration.GetSection("OrchardCustomers:Modules").Get<string[]>() ?? [])
        {
            host.AddModule(System.Reflection.Assembly.Load(new System.Reflection.AssemblyName(name)));
        }

        // First of all hosted services: the shells database must exist before data protection reads its keys.
        services.AddHostedService<ShellsInitializer>();

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.Configure<AppDataOptions>(o => o.Path = Path.GetFullPath(
            Environment.GetEnvironmentVariable(AppDataOptions.EnvironmentVariable) is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : configuration["OrchardCustomers:AppData"] is { Length: > 0 } fromConfiguration
                    ? fromConfiguration
                    : Path.Combine(builder.Environment.ContentRootPath, "App_Data")));

        var catalog = new FeatureCatalog(host.Modules);
        AddTenancy(services, configuration);
        AddFeatures(services, catalog);
        AddCaching(services);
        services.AddTenantSecurity();
        AddRecipes(services);
        AddAdminShell(services, host);
        AddLocalization(services, host);
        AddApi(services);

        services.Configure<BackgroundTaskOptions>(configuration.GetSection(BackgroundTaskOptions.SectionName));
        services.Configure<SecurityHeadersOptions>(configuration.GetSection(SecurityHeadersOptions.SectionName));
        services.AddSingleton<BackgroundTaskScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTaskScheduler>());
        services.AddScoped<IDistributedLock>(sp => sp.GetRequiredService<TenantDatabase>().Provider == DatabaseProvider.Postgres
            ? ActivatorUtilities.CreateInstance<PostgresAdvisoryLock>(sp)
            : ActivatorUtilities.CreateInstance<SqliteLeaseLock>(sp));

        // Each feature's own services come last, dependencies first, so that a feature can replace or decorate a host
        // default or its dependency's service; a replacement is switched per tenant (FeatureServiceReplacements).
        FeatureStartups.ConfigureAll(services, catalog, FeatureStartups.Discover(host.Modules));

        return builder;
    }

    private static void AddTenancy(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ShellsDatabaseOptions>(configuration.GetSection(ShellsDatabaseOptions.SectionName));
        services.AddSingleton<ShellsDatabase>();
        services.AddSingleton<IShellRegistry, ShellRegistry>();
        services.AddScoped<ShellContext>();
        services.AddScoped<TenantDatabase>();
        services.AddTenantDbContext<HostDbContext, SqliteHostDbContext, PostgresHostDbContext>(HostDbContext.HistoryTable);
        services.AddScoped<ShellsDbContext>(sp => sp.GetRequiredService<ShellsDatabase>().CreateContext());
        services.AddSharedDataProtection(configuration);
        services.AddScoped<SiteService>();
        services.AddSingleton<SiteSettingsSectionRegistry>();
        services.AddSingleton<SetupTokenService>();
        services.AddSingleton<Setup.SetupLoginTicket>();

        services.Configure<AutoSetupOptions>(configuration.GetSection(AutoSetupOptions.SectionName));
        services.AddSingleton<SetupService>();
        services.AddSingleton<AutoSetupService>();
        services.AddSingleton<HostStartupLock>();
        services.AddSingleton<TenantMigrator>();
    }

    private static void AddFeatures(IServiceCollection services, FeatureCatalog catalog)
    {
        services.AddSingleton(catalog);
        services.AddScoped<ShellFeaturesManager>();
        services.AddScoped<FeatureSwitch>();
        services.AddScoped<IGreeting, HostGreeting>();
        services.AddPermissionProvider<HostPermissions>();
    }

    private static void AddCaching(IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<TenantCacheGenerations>();
        services.AddScoped<TenantCache>();
        services.AddOptions<TenantCacheOptions>().BindConfiguration(TenantCacheOptions.SectionName);
        services.AddSingleton<TenantChangeStampMonitor>();
        services.AddScoped<FreshTenantCache>();
        services.AddScoped<TenantChanges>();
        services.AddScoped<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, TenantChangeInterceptor>();
        services.AddOptions<Diagnostics.ServerTimingOptions>().BindConfiguration(Diagnostics.ServerTimingOptions.SectionName);
        services.AddScoped<Diagnostics.RequestDbStatistics>();
        services.AddScoped<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Diagnostics.DbStatisticsInterceptor>();
    }

    private static void AddRecipes(IServiceCollection services)
    {
        services.AddOptions<RecipeOptions>().BindConfiguration(RecipeOptions.SectionName);
        services.AddSingleton<RecipeHarvester>();
        services.AddScoped<RecipeExecutor>();
        services.AddRecipeStep<FeatureStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeStep<RecipesStep>();
        services.AddRecipeStep<ApiTokenStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddScoped<RecipeExporter>();
        services.AddRecipeStepExporter<FeatureStepExporter>();
        services.AddRecipeStepExporter<SettingsStepExporter>();
        services.AddRecipeStepExporter<RolesStepExporter>();
    }

    private static void AddAdminShell(IServiceCollection services, OrchardCustomersHostBuilder host)
    {
        services.AddScoped<NavigationManager>();
        services.AddNavigationProvider<HostAdminMenu>();
        services.AddScoped<Admin.Dashboard.DashboardWidgets>();
        services.AddDashboardWidget<Admin.Dashboard.Widgets.UsersWidget>();
        services.AddScoped<Notifier>();
        services.AddScoped<NotifyFilter>();

        var mvc = services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.AddService<NotifyFilter>();
                o.Conventions.Add(new ModuleControllerConvention(host.Modules));
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(type))
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureFolderViewLocationExpander()))
            .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)))
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = ApiModelStateResponse.Create);

        mvc.ConfigureApplicationPartManager(parts =>
        {
            foreach (var assembly in host.Modules.Concat(host.Themes).Prepend(typeof(HostServiceCollectionExtensions).Assembly))
            {
                if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                {
                    parts.ApplicationParts.Add(new AssemblyPart(assembly));
                }
            }
        });

        services.AddAntiforgery(o =>
        {
            // One antiforgery cookie per host: tenants behind prefixes share an origin anyway, and one cookie avoids
            // the Default tenant's cookie (path /) shadowing a prefixed tenant's.
            o.Cookie.Name = ".OrchardCustomers.Antiforgery";
            o.Cookie.Path = "/";
        });
    }

    private static void AddLocalization(IServiceCollection services, OrchardCustomersHostBuilder host)
    {
        services.AddSingleton(new TranslationCatalog(host.Modules.Concat(host.Themes).Prepend(typeof(HostServiceCollectionExtensions).Assembly)));
        services.AddSingleton<TranslationMisses>();
        services.AddSingleton<DataText>();
        services.AddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures.Default);
            o.SupportedCultures = [.. SupportedCultures.Infos];
            o.SupportedUICultures = [.. SupportedCultures.Infos];
            o.RequestCultureProviders = [new TenantRequestCultureProvider()];
        });
    }

    private static void AddApi(IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOptions<Limits.RequestLimitsOptions>().BindConfiguration(Limits.RequestLimitsOptions.SectionName);
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer<TenantOpenApiDocumentTransformer>();
            o.AddSchemaTransformer<Limits.InputLimitsSchemaTransformer>();
        });
        services.AddHealthChecks().AddCheck<TenantDatabaseHealthCheck>("tenant-database");
        services.AddSingleton<DatabaseOutageLog>();
    }
}
