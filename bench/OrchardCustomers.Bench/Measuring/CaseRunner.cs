using System.Diagnostics;
using OrchardCustomers.Bench.Hosting;
using OrchardCustomers.Host.Caching;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Bench.Measuring;

/// <summary>
/// Runs each case through the real <see cref="CustomerListService"/> (a new tenant scope per call, as per request) and
/// through the hand-written SQL, alternating which goes first so that neither always gets the warmer cache.
/// </summary>
public sealed class CaseRunner(BenchSite site, IRawListSql raw, int warmup, int iterations)
{
    public async Task<CaseResult> RunAsync(BenchCase benchCase)
    {
        var servicePage = await ServiceAsync(benchCase.Query);
        var rawPage = await benchCase.Raw(raw);
        if (!servicePage.SameAs(rawPage))
        {
            throw new InvalidOperationException($"{benchCase.Name}: the service returned {servicePage}, the SQL {rawPage}.");
        }

        for (var i = 0; i < warmup; i++)
        {
            await ServiceAsync(benchCase.Query);
            await benchCase.Raw(raw);
        }

        var service = new List<double>(iterations);
        var uncounted = new List<double>(iterations);
        var handWritten = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            // Three orders in turn, so that none of the three always runs on the cache the other left warm.
            var order = (i % 3) switch { 0 => "SCR", 1 => "RSC", _ => "CRS" };
            foreach (var side in order)
            {
                switch (side)
                {
                    case 'S':
                        service.Add(await TimeAsync(() => ServiceAsync(benchCase.Query)));
                        break;
                    case 'C':
                        // As the first request for a filter: the total is counted, not taken from the count cache.
                        await ForgetTotalsAsync();
                        uncounted.Add(await TimeAsync(() => ServiceAsync(benchCase.Query)));
                        break;
                    default:
                        handWritten.Add(await TimeAsync(() => benchCase.Raw(raw)));
                        break;
                }
            }
        }

        return new CaseResult(benchCase, new Timings(service), new Timings(uncounted), new Timings(handWritten), servicePage, await AllocatedKilobytesAsync(benchCase));
    }

    /// <summary>
    /// What one service call allocates (the scope, EF's query, the rows, the page), the median of a few calls after the
    /// timed ones. The whole process's count: the call's continuations run on pool threads, and nothing else runs.
    /// </summary>
    private async Task<double> AllocatedKilobytesAsync(BenchCase benchCase)
    {
        var bytes = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await ServiceAsync(benchCase.Query);
            bytes.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1024.0);
        }

        return new Timings(bytes).Median;
    }

    private async Task ForgetTotalsAsync()
    {
        await using var scope = site.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantCache>().InvalidateTenant();
    }

    private async Task<PageResult> ServiceAsync(CustomerListQuery query)
    {
        await using var scope = site.CreateScope();
        var page = await scope.ServiceProvider.GetRequiredService<CustomerListService>().QueryAsync(query);
        return new PageResult([.. page.Items.Select(i => i.Id)], page.Total);
    }

    private static async Task<double> TimeAsync(Func<Task<PageResult>> action)
    {
        var start = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
