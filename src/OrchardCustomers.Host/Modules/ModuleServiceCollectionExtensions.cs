using OrchardCustomers.Host.Admin.Dashboard;
using OrchardCustomers.Host.Admin.Navigation;
using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Modules.Services;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Recipes.Content;
using OrchardCustomers.Host.Recipes.Export;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Settings;

namespace OrchardCustomers.Host.Modules;

/// <summary>How features plug into the host. Each registered class names its feature with <see cref="FeatureAttribute"/>.</summary>
public static class ModuleServiceCollectionExtensions
{
    public static IServiceCollection AddPermissionProvider<T>(this IServiceCollection services) where T : class, IPermissionProvider =>
        services.AddSingleton<IPermissionProvider, T>();

    public static IServiceCollection AddNavigationProvider<T>(this IServiceCollection services) where T : class, INavigationProvider =>
        services.AddScoped<INavigationProvider, T>();

    /// <summary>A card on the admin dashboard.</summary>
    public static IServiceCollection AddDashboardWidget<T>(this IServiceCollection services) where T : class, IDashboardWidget =>
        services.AddScoped<IDashboardWidget, T>();

    public static IServiceCollection AddRecipeStep<T>(this IServiceCollection services) where T : class, IRecipeStepHandler =>
        services.AddScoped<IRecipeStepHandler, T>();

    /// <summary>Imports the items of one content type from the <c>content</c> recipe step.</summary>
    public static IServiceCollection AddContentRecipeHandler<T>(this IServiceCollection services) where T : class, IContentRecipeHandler =>
        services.AddScoped<IContentRecipeHandler, T>();

    /// <summary>Writes one step of the export recipe.</summary>
    public static IServiceCollection AddRecipeStepExporter<T>(this IServiceCollection services) where T : class, IRecipeStepExporter =>
        services.AddScoped<IRecipeStepExporter, T>();

    /// <summary>Writes the items of one content type into the export recipe.</summary>
    public static IServiceCollection AddContentExporter<T>(this IServiceCollection services) where T : class, IContentExporter =>
        services.AddScoped<IContentExporter, T>();

    public static IServiceCollection AddBackgroundTask<T>(this IServiceCollection services) where T : class, IBackgroundTask =>
        services.AddScoped<T>().AddSingleton(new BackgroundTaskDescriptor(typeof(T)));

    /// <summary>
    /// Wraps the registration of <typeparamref name="TService"/> made so far (the host's, or a dependency's) in a
    /// decorator. In a feature's startup it counts as a replacement: the decorator is active only where the feature is.
    /// </summary>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate) where TService : class
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"There is no {typeof(TService).FullName} to decorate: does the feature depend on the one that registers it?");
        var create = new ServiceDescriptorActivator(inner);
        services.Remove(inner);
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, (TService)create.Create(sp)), inner.Lifetime));
        return services;
    }

    /// <summary>A settings section that the <c>settings</c> recipe step accepts under <paramref name="name"/>.</summary>
    public static IServiceCollection AddSiteSettingsSection<T>(this IServiceCollection services, string name, string featureId) where T : class, new() =>
        services.AddSingleton(new SiteSettingsSection(name, typeof(T), featureId));
}
