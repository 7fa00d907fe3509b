using System.Globalization;
using OrchardCustomers.HttpBench.Running;

namespace OrchardCustomers.HttpBench.Reporting;

/// <summary>The Markdown that docs/benchmarks.md ("HTTP benchmark") carries: one table per tenant size, then issue 14's targets.</summary>
public static class HttpReport
{
    public static string Write(HttpBenchOptions options, IReadOnlyList<PreparedTenant> tenants, IReadOnlyList<CaseMeasurement> results)
    {
        var lines = new List<string>
        {
            $"wrk {options.Threads} threads, {options.Duration} s per case and per baseline run, {options.Warmup} s warm-up; " +
            "share = the site's requests/s ÷ the minimal endpoint's, measured right before it at the same connections.",
        };
        foreach (var tenant in tenants)
        {
            lines.Add("");
            lines.Add(Invariant($"### {tenant.Customers:N0} customers (SQLite; data set {(tenant.Generated ? "generated in this run" : "reused")}: {tenant.Load})"));
            lines.Add("");
            lines.Add("| Case | Conn. | Requests | req/s | p50 | p99 | Minimal req/s | Share | Queries/request | Load 1/5/15 min |");
            lines.Add("|---|--:|--:|--:|--:|--:|--:|--:|--:|---|");
            lines.AddRange(results.Where(r => r.Customers == tenant.Customers).Select(r => Invariant(
                $"| {r.Case.Title} | {r.Connections} | {r.Site.Requests:N0} | {r.Site.RequestsPerSecond:N0} | {r.Site.P50Ms:F1} ms | {r.Site.P99Ms:F1} ms | {r.Baseline.RequestsPerSecond:N0} | {r.Share * 100:F1} % | {Queries(r.Site)} | {r.Load} |")));
            var failed = results.Where(r => r.Customers == tenant.Customers && (r.Site.Failed || r.Baseline.Failed || r.Site.Requests == 0)).ToList();
            lines.AddRange(failed.Select(r => Invariant(
                $"\n**FAILED** {r.Case.Title} at {r.Connections} connections: {r.Site.Requests:N0} responses, {r.Site.Non200:N0} not 200, {r.Site.SocketErrors:N0} socket errors (baseline: {r.Baseline.StatusErrors:N0} / {r.Baseline.SocketErrors:N0})")));
        }

        lines.Add("");
        lines.Add("### Targets (issue 14)");
        lines.Add("");
        lines.Add("| Target | Measured | Met |");
        lines.Add("|---|---|:-:|");
        var apiList = Find(results, 100_000, HttpCase.ApiList, 8);
        lines.Add(Target("100,000 customers, 8 connections: API list ≥ 20 % of the minimal endpoint", apiList, r => Invariant($"{r.Share * 100:F1} %"), r => r.Share >= 0.20));
        var adminList = Find(results, 100_000, HttpCase.AdminList, 8);
        lines.Add(Target("100,000 customers, 8 connections: admin list ≥ 10 %", adminList, r => Invariant($"{r.Share * 100:F1} %"), r => r.Share >= 0.10));
        var apiList64 = Find(results, 100_000, HttpCase.ApiList, 64);
        lines.Add(Target("100,000 customers, 64 connections: API list p99 ≤ 50 ms", apiList64, r => Invariant($"{r.Site.P99Ms:F1} ms"), r => r.Site.P99Ms <= 50));
        var small = Find(results, 1_000, HttpCase.AdminList, 8);
        var large = Find(results, 1_000_000, HttpCase.AdminList, 8);
        lines.Add(small is null || large is null
            ? "| Admin list p50 at 1,000,000 customers ≤ 2× its p50 at 1,000 (8 connections) | not measured in this run | – |"
            : Invariant($"| Admin list p50 at 1,000,000 customers ≤ 2× its p50 at 1,000 (8 connections) | {large.Site.P50Ms:F1} ms / {small.Site.P50Ms:F1} ms = {large.Site.P50Ms / small.Site.P50Ms:F2}× | {Met(large.Site.P50Ms <= 2 * small.Site.P50Ms)} |"));
        return string.Join(Environment.NewLine, lines);
    }

    private static CaseMeasurement? Find(IReadOnlyList<CaseMeasurement> results, long customers, string caseName, int connections) =>
        results.FirstOrDefault(r => r.Customers == customers && r.Case.Name == caseName && r.Connections == connections);

    private static string Target(string name, CaseMeasurement? result, Func<CaseMeasurement, string> measured, Func<CaseMeasurement, bool> met) =>
        result is null ? $"| {name} | not measured in this run | – |" : $"| {name} | {measured(result)} | {Met(met(result))} |";

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static string Queries(WrkResult site) => site.QueriesPerRequest is { } q ? Invariant($"{q:F1}") : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
