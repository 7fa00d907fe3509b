using OrchardCustomers.Bench;
using OrchardCustomers.Bench.Hosting;
using OrchardCustomers.Bench.Measuring;
using OrchardCustomers.Host.Settings;

// Generates (or reuses) a tenant with a million customers per database, then times the customer list service against
// hand-written SQL for each case. See bench/README.md.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var reports = new List<string>();
foreach (var database in options.Databases)
{
    var prepared = await SitePreparer.PrepareAsync(options, database);
    await using var site = prepared.Site;
    if (options.GenerateOnly)
    {
        continue;
    }

    var connection = await site.ConnectionAsync();
    IRawListSql raw = database == BenchDatabase.Postgres ? new PostgresRawListSql(connection.ConnectionString) : new SqliteRawListSql(connection.ConnectionString);
    var zone = await site.InTenantAsync(async sp => (await sp.GetRequiredService<SiteService>().GetAsync()).TimeZone);
    var position = Math.Min(500_000, prepared.Load.Customers / 2);
    var cases = BenchCases.Create(position, await raw.RowAtAsync(position), zone);

    var loadBefore = MarkdownReport.LoadAverage();
    var runner = new CaseRunner(site, raw, options.Warmup, options.Iterations);
    var results = new List<CaseResult>();
    foreach (var benchCase in cases)
    {
        var result = await runner.RunAsync(benchCase);
        Console.WriteLine($"{database}: {benchCase.Name}: median {result.Service.Median:F2} ms, counted {result.Counted.Median:F2} ms, SQL {result.Raw.Median:F2} ms; total {result.Page.Total:N0}");
        results.Add(result);
    }

    reports.Add(MarkdownReport.Table(prepared, results, options.Iterations, loadBefore) + Environment.NewLine + Environment.NewLine + await ApiAllocations.MeasureAsync(site));
}

foreach (var report in reports)
{
    Console.WriteLine();
    Console.WriteLine(report);
}

return 0;
