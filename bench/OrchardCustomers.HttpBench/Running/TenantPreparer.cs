using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Bench;
using OrchardCustomers.Bench.Hosting;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Users;

namespace OrchardCustomers.HttpBench.Running;

/// <summary>
/// Generates (or reuses) an SQLite tenant of N customers with bench/OrchardCustomers.Bench's generator and bulk loader,
/// and gives its admin an API token. The site process is started on it afterwards, when this in-process host is gone.
/// </summary>
public static class TenantPreparer
{
    /// <summary>Fixed, so that a reused data set keeps working; the data set is a throwaway on the bench machine.</summary>
    private const string Token = "oct_httpbench_0123456789abcdefghijklmnopqrstuv";

    public static async Task<PreparedTenant> PrepareAsync(HttpBenchOptions options, long customers)
    {
        var folder = Path.Combine(options.Data, customers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var bench = new BenchOptions { Data = folder, Customers = customers, Seed = options.Seed, Regenerate = options.Regenerate };
        var prepared = await SitePreparer.PrepareAsync(bench, BenchDatabase.Sqlite);
        await using (prepared.Site)
        {
            await prepared.Site.InTenantAsync(async sp =>
            {
                var admin = await sp.GetRequiredService<UserManager<User>>().FindByNameAsync(SiteSession.AdminUserName)
                    ?? throw new InvalidOperationException("The data set has no admin user.");
                try
                {
                    await sp.GetRequiredService<ApiTokenService>().CreateWithValueAsync(admin.Id, "HTTP benchmark", Token, expiresUtc: null);
                }
                catch (InvalidOperationException)
                {
                    // Made by an earlier run on this data set.
                }

                return true;
            });
        }

        var appData = Path.Combine(folder, BenchDatabase.Sqlite.ToString().ToLowerInvariant(), "App_Data");
        return new PreparedTenant(customers, folder, appData, Token, prepared.Load, prepared.Generated);
    }
}
