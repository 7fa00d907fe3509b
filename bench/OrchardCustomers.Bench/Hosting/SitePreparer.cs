using System.Data.Common;
using OrchardCustomers.Bench.Loading;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Bench.Hosting;

/// <summary>
/// Starts the site on a tenant holding the data set: reused when the data folder's marker matches the options,
/// otherwise a fresh tenant (new App_Data, new PostgreSQL database) set up by AutoSetup and bulk-loaded.
/// </summary>
public static class SitePreparer
{
    public static async Task<PreparedSite> PrepareAsync(BenchOptions options, BenchDatabase database)
    {
        var folder = Path.Combine(options.Data, database.ToString().ToLowerInvariant());
        var tenantConnection = database == BenchDatabase.Postgres ? PostgresAdmin.TenantConnectionString(options.Postgres!, options.PostgresDatabase) : null;
        var marker = DataSetMarker.Read(folder);
        var reuse = !options.Regenerate && marker is not null && marker.Customers == options.Customers && marker.Seed == options.Seed
            && marker.Generator == DataSetMarker.CurrentGenerator && marker.Database == (tenantConnection is null ? "sqlite" : options.PostgresDatabase)
            && (database == BenchDatabase.Sqlite || await PostgresAdmin.ExistsAsync(options.Postgres!, options.PostgresDatabase));

        if (!reuse)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            if (database == BenchDatabase.Postgres)
            {
                await PostgresAdmin.RecreateAsync(options.Postgres!, options.PostgresDatabase);
            }
        }

        Directory.CreateDirectory(folder);
        var site = await BenchSite.StartAsync(Path.Combine(folder, "App_Data"), database, tenantConnection, options.ShowSql);
        if (reuse)
        {
            Console.WriteLine($"Reusing {marker!.Customers:N0} customers in {folder} (generated earlier: {marker.Load}).");
            return new PreparedSite(site, database, marker.Load, Generated: false);
        }

        Console.WriteLine($"Generating {options.Customers:N0} customers into a fresh {database} tenant…");
        var load = await LoadAsync(site, options);
        Console.WriteLine($"Generated: {load}.");
        new DataSetMarker(options.Customers, options.Seed, DataSetMarker.CurrentGenerator, tenantConnection is null ? "sqlite" : options.PostgresDatabase, load).Write(folder);
        return new PreparedSite(site, database, load, Generated: true);
    }

    private static Task<LoadReport> LoadAsync(BenchSite site, BenchOptions options) => site.InTenantAsync(async sp =>
    {
        var db = sp.GetRequiredService<CrmDbContext>();
        var customers = TableShape.Of<Customer>(db);
        var keys = TableShape.Of<CustomerKey>(db);
        var tenant = sp.GetRequiredService<TenantDatabase>();
        var load = tenant.Provider == DatabaseProvider.Postgres
            ? await PostgresLoader.LoadAsync(tenant.Settings.ConnectionString, customers, keys, options.Customers, options.Seed)
            : await SqliteLoader.LoadAsync(tenant.Settings.ConnectionString, customers, keys, options.Customers, options.Seed, options.SqliteLoad);

        DbConnection connection = tenant.Connection;
        await connection.OpenAsync();
        await NumberRanges.AdvanceAsync(connection, options.Customers);
        return load;
    });
}
