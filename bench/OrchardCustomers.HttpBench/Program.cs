using System.Globalization;
using System.Text.Json;
using OrchardCustomers.HttpBench;
using OrchardCustomers.HttpBench.Baseline;
using OrchardCustomers.HttpBench.Reporting;
using OrchardCustomers.HttpBench.Running;

// Starts the site (Release, its own process) on tenants of N customers and a minimal Kestrel app serving the same JSON,
// drives both with wrk and reports requests/s, p50/p99, the share of the minimal endpoint and the queries per request.
// See bench/README.md. Exits 1 when the site answered anything but 200.
if (args.Length > 0 && args[0] == BaselineServer.Command)
{
    return await BaselineServer.RunAsync(args);
}

HttpBenchOptions options;
string siteDll;
try
{
    options = HttpBenchOptions.Parse(args);
    siteDll = SiteExecutable.Find();
}
catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var wrk = new Wrk(options.Threads);
var tenants = new List<PreparedTenant>();
var results = new List<CaseMeasurement>();
var failures = new List<string>();
try
{
    foreach (var size in options.Sizes)
    {
        var tenant = await TenantPreparer.PrepareAsync(options, size);
        tenants.Add(tenant);
        if (!options.GenerateOnly)
        {
            await MeasureAsync(tenant);
        }
    }
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException)
{
    Console.Error.WriteLine($"FAILED: {ex.Message}");
    return 1;
}

if (options.GenerateOnly)
{
    return 0;
}

var report = HttpReport.Write(options, tenants, results);
Console.WriteLine();
Console.WriteLine(report);
if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report + Environment.NewLine);
}

foreach (var failure in failures)
{
    Console.Error.WriteLine($"FAILED: {failure}");
}

return failures.Count == 0 ? 0 : 1;

async Task MeasureAsync(PreparedTenant tenant)
{
    var environment = new Dictionary<string, string>
    {
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:{port}",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["OrchardCustomers__AppData"] = tenant.AppData,
        // Off as in bench/OrchardCustomers.Bench: a background task in the middle of a case would be noise.
        ["OrchardCustomers__BackgroundTasks__Enabled"] = "false",
        ["OrchardCustomers__ServerTiming__Mode"] = "All",
    };
    Console.WriteLine($"{tenant.Customers:N0} customers: starting the site ({siteDll}, log {tenant.Folder}/site.log)…");
    await using var site = await ServerProcess.StartAsync(siteDll, [], environment, Path.Combine(tenant.Folder, "site.log"), "/health", TimeSpan.FromMinutes(10));
    var session = new SiteSession(site.BaseAddress, tenant.ApiToken);
    await session.LoginAsync();

    var listBody = await session.FetchAsync(HttpCase.All(0)[0]);
    using var list = JsonDocument.Parse(listBody);
    var customerId = list.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();
    var cases = HttpCase.All(customerId).Where(c => options.Cases.Contains(c.Name)).ToList();
    foreach (var benchCase in cases)
    {
        await session.FetchAsync(benchCase);
    }

    var bodyFile = Path.Combine(tenant.Folder, "baseline.json");
    await File.WriteAllBytesAsync(bodyFile, listBody);
    var self = typeof(HttpBenchOptions).Assembly.Location;
    await using var baseline = await ServerProcess.StartAsync(
        self, [BaselineServer.Command, "{port}", bodyFile], new Dictionary<string, string>(), Path.Combine(tenant.Folder, "baseline.log"), "/", TimeSpan.FromMinutes(1));
    Console.WriteLine($"Minimal endpoint on {baseline.BaseAddress} serves the {listBody.Length:N0} bytes of GET /api/customers?pageSize=20.");
    if (options.Warmup > 0)
    {
        await wrk.RunAsync(baseline.BaseAddress, options.Connections.Max(), options.Warmup, "baseline.lua", []);
    }

    foreach (var benchCase in cases)
    {
        var url = new Uri(site.BaseAddress, benchCase.PathAndQuery);
        var headers = session.HeadersFor(benchCase);
        foreach (var connections in options.Connections)
        {
            if (options.Warmup > 0)
            {
                var warm = await wrk.RunAsync(url, connections, options.Warmup, "site.lua", headers);
                Check(warm, tenant, benchCase, connections, "warm-up", mustAnswer: false);
            }

            var minimal = await wrk.RunAsync(baseline.BaseAddress, connections, options.Duration, "baseline.lua", []);
            var load = LoadAverage.Now();
            var measured = await wrk.RunAsync(url, connections, options.Duration, "site.lua", headers);
            var result = new CaseMeasurement(tenant.Customers, benchCase, connections, measured, minimal, load);
            results.Add(result);
            Check(measured, tenant, benchCase, connections, "run", mustAnswer: true);
            Check(minimal, tenant, benchCase, connections, "minimal endpoint", mustAnswer: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{tenant.Customers:N0} | {benchCase.PathAndQuery} | c{connections} | {measured.RequestsPerSecond:N0} req/s, p50 {measured.P50Ms:F1} ms, p99 {measured.P99Ms:F1} ms | minimal {minimal.RequestsPerSecond:N0} req/s | share {result.Share * 100:F1} % | queries {measured.QueriesPerRequest:F1} | load {load}"));
        }
    }
}

// A warm-up may end before its first response on a busy machine; a measured run without one has measured nothing.
void Check(WrkResult result, PreparedTenant tenant, HttpCase benchCase, int connections, string what, bool mustAnswer)
{
    if (result.Failed || (mustAnswer && result.Requests == 0))
    {
        var failure = string.Create(CultureInfo.InvariantCulture,
            $"{tenant.Customers:N0} customers, {benchCase.PathAndQuery}, {connections} connections ({what}): {result.Requests:N0} requests, {result.Non200:N0} not 200, {result.StatusErrors:N0} ≥ 400, {result.SocketErrors:N0} socket errors");
        failures.Add(failure);
        Console.Error.WriteLine($"FAILED: {failure}");
    }
}
