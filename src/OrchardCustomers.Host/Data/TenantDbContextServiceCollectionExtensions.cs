using Microsoft.EntityFrameworkCore;

namespace OrchardCustomers.Host.Data;

public static class TenantDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a DbContext kept in each tenant's database. Resolve <typeparamref name="TContext"/> in a tenant scope
    /// to get the provider-specific type on the tenant's shared connection.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, string historyTable)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var registration = new TenantDbContextRegistration(typeof(TContext), typeof(TSqlite), typeof(TPostgres), historyTable);
        TenantDbContextRegistryOf(services).Add(registration);
        services.AddScoped(sp => (TContext)sp.GetRequiredService<TenantDatabase>().CreateContext(registration));
        return services;
    }

    private static TenantDbContextRegistry TenantDbContextRegistryOf(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(TenantDbContextRegistry))?.ImplementationInstance;
        if (existing is TenantDbContextRegistry registry)
        {
            return registry;
        }

        registry = new TenantDbContextRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
