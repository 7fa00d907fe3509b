namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>
/// A site whose tenants are set up by AutoSetup on the chosen database: SQLite files, or PostgreSQL with the shells in
/// a database of their own and each tenant in a schema of a shared one.
/// </summary>
public sealed class DatabaseSite : IAsyncDisposable
{
    private DatabaseSite(SiteFactory site, TestDatabases databases)
    {
        Site = site;
        Databases = databases;
    }

    public SiteFactory Site { get; }

    public TestDatabases Databases { get; }

    /// <param name="prefixedTenants">Tenants besides Default, each answering at its own name as prefix.</param>
    public static Task<DatabaseSite> StartAsync(DatabaseKind kind, string culture = "en-US", params string[] prefixedTenants) =>
        StartWithRecipeAsync(kind, "blank", culture, prefixedTenants);

    /// <param name="recipe">The setup recipe every tenant runs, e.g. "demo".</param>
    /// <param name="prefixedTenants">Tenants besides Default, each answering at its own name as prefix.</param>
    public static Task<DatabaseSite> StartWithRecipeAsync(DatabaseKind kind, string recipe, string culture = "en-US", params string[] prefixedTenants) =>
        StartWithServicesAsync(kind, recipe, culture, null, null, prefixedTenants);

    /// <param name="settings">Configuration keys besides the setup's.</param>
    /// <param name="services">Test services added last (see <see cref="SiteFactory"/>).</param>
    public static async Task<DatabaseSite> StartWithServicesAsync(
        DatabaseKind kind,
        string recipe,
        string culture,
        IReadOnlyDictionary<string, string?>? settings,
        Action<IServiceCollection>? services,
        params string[] prefixedTenants)
    {
        var databases = await TestDatabases.CreateAsync(kind, "site");
        var postgres = kind == DatabaseKind.Postgres;
        var all = AutoSetup.Combine(
            [
                databases.ShellsSettings(),
                AutoSetup.Tenant(0, "Default", provider: databases.Provider, connectionString: databases.TenantsConnectionString, schema: postgres ? "tenant_default" : null, recipe: recipe, culture: culture),
                .. prefixedTenants.Select((name, i) => AutoSetup.Tenant(i + 1, name, prefix: name, provider: databases.Provider,
                    connectionString: databases.TenantsConnectionString, schema: postgres ? "tenant_" + name : null, recipe: recipe, culture: culture)),
                settings ?? new Dictionary<string, string?>(),
            ]);
        var site = new SiteFactory(all, services: services);
        _ = site.Server;
        return new DatabaseSite(site, databases);
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await Databases.DisposeAsync();
    }
}
