using OrchardCustomers.HttpBench.Running;

namespace OrchardCustomers.HttpBench.Reporting;

/// <param name="Baseline">The minimal endpoint, measured right before the site at the same connections.</param>
/// <param name="Load">The load average (1, 5, 15 min) as the site's run began.</param>
public sealed record CaseMeasurement(long Customers, HttpCase Case, int Connections, WrkResult Site, WrkResult Baseline, string Load)
{
    /// <summary>The site's requests/s as a share of the minimal endpoint's.</summary>
    public double Share => Site.RequestsPerSecond / Baseline.RequestsPerSecond;
}
