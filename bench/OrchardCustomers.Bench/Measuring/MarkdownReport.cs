using System.Globalization;
using OrchardCustomers.Bench.Hosting;

namespace OrchardCustomers.Bench.Measuring;

/// <summary>The figures as the Markdown table docs/benchmarks.md shows.</summary>
public static class MarkdownReport
{
    public static string Table(PreparedSite prepared, IReadOnlyList<CaseResult> results, int iterations)
    {
        var lines = new List<string>
        {
            $"### {(prepared.Database == BenchDatabase.Sqlite ? "SQLite" : "PostgreSQL")}: {prepared.Load.Customers:N0} customers, {iterations} runs per case",
            "",
            $"Generation: {prepared.Load}{(prepared.Generated ? "" : " (in an earlier run; reused)")}.",
            "",
            "| Case | Total | Median | p95 | Raw SQL median | Raw SQL p95 | Ratio | ≤ 30 ms and ≤ 2× |",
            "|---|--:|--:|--:|--:|--:|--:|:-:|",
        };
        lines.AddRange(results.Select(r => string.Create(
            CultureInfo.InvariantCulture,
            $"| {r.Case.Name} | {r.Page.Total:N0} | {r.Service.Median:F2} ms | {r.Service.P95:F2} ms | {r.Raw.Median:F2} ms | {r.Raw.P95:F2} ms | {r.Ratio:F2}× | {(r.MeetsTarget ? "yes" : "**no**")} |")));
        return string.Join(Environment.NewLine, lines);
    }
}
