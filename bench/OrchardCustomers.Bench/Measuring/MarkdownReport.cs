using System.Globalization;
using OrchardCustomers.Bench.Hosting;

namespace OrchardCustomers.Bench.Measuring;

/// <summary>The figures as the Markdown table docs/benchmarks.md shows.</summary>
public static class MarkdownReport
{
    /// <summary>Other work on the machine shows in the figures: the report says how busy it was.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string Met(bool met) => met ? "yes" : "**no**";

    public static string Table(PreparedSite prepared, IReadOnlyList<CaseResult> results, int iterations, string loadBefore)
    {
        var lines = new List<string>
        {
            $"### {(prepared.Database == BenchDatabase.Sqlite ? "SQLite" : "PostgreSQL")}: {prepared.Load.Customers:N0} customers, {iterations} runs per case",
            "",
            $"Generation: {prepared.Load}{(prepared.Generated ? "" : " (in an earlier run; reused)")}.",
            "",
            $"Load average (1 min) before and after: {loadBefore} / {LoadAverage()}.",
            "",
            "| Case | Total | Median | p95 | Raw SQL median | Raw SQL p95 | Ratio | Target | Counted median | Counted p95 | Counted ratio | Target | Allocated |",
            "|---|--:|--:|--:|--:|--:|--:|:-:|--:|--:|--:|:-:|--:|",
        };
        lines.AddRange(results.Select(r => string.Create(
            CultureInfo.InvariantCulture,
            $"| {r.Case.Name} | {r.Page.Total:N0} | {r.Service.Median:F2} ms | {r.Service.P95:F2} ms | {r.Raw.Median:F2} ms | {r.Raw.P95:F2} ms | {r.Ratio:F2}× | {Met(r.MeetsTarget)} | {r.Counted.Median:F2} ms | {r.Counted.P95:F2} ms | {r.CountedRatio:F2}× | {Met(r.CountedMeetsTarget)} | {r.AllocatedKilobytes:N0} KB |")));
        return string.Join(Environment.NewLine, lines);
    }
}
