using OrchardCustomers.Bench.Loading;

namespace OrchardCustomers.Bench.Hosting;

/// <param name="Generated">False when the data set of an earlier run was reused.</param>
public sealed record PreparedSite(BenchSite Site, BenchDatabase Database, LoadReport Load, bool Generated);
