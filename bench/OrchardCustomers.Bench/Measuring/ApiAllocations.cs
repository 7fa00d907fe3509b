using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Bench.Hosting;
using OrchardCustomers.Module.Customers.Search;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Bench.Measuring;

/// <summary>
/// What the API's list page allocates now (the page's ids, then the whole customers) against the way it was read
/// before (the list's rows with their columns, then the whole customers again), on the same data in the same run.
/// </summary>
public static class ApiAllocations
{
    public static async Task<string> MeasureAsync(BenchSite site)
    {
        var query = new CustomerListQuery { PageSize = BenchCases.PageSize };
        var now = await MedianKilobytesAsync(site, async sp => (await sp.GetRequiredService<CustomerListService>().QueryCustomersAsync(query)).Customers.Count);
        var former = await MedianKilobytesAsync(site, async sp =>
        {
            var page = await sp.GetRequiredService<CustomerListService>().QueryAsync(query);
            var ids = page.Items.Select(i => i.Id).ToList();
            var customers = await sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync();
            return ids.Select(id => customers.Single(c => c.Id == id)).Count();
        });
        var rows = await MedianKilobytesAsync(site, async sp => (await sp.GetRequiredService<CustomerListService>().QueryAsync(query)).Items.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"Allocated per call, page 1 of {BenchCases.PageSize}: API page {now:N0} KB (the former way, rows then customers: {former:N0} KB); the admin list's rows {rows:N0} KB.");
    }

    private static async Task<double> MedianKilobytesAsync(BenchSite site, Func<IServiceProvider, Task<int>> call)
    {
        var bytes = new List<double>();
        for (var i = 0; i < 25; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await using (var scope = site.CreateScope())
            {
                await call(scope.ServiceProvider);
            }

            // The first calls compile the queries: only the warm ones count.
            if (i >= 5)
            {
                bytes.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1024.0);
            }
        }

        return new Timings(bytes).Median;
    }
}
