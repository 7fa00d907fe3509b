namespace OrchardCustomers.HttpBench.Reporting;

public static class LoadAverage
{
    /// <summary>"1.23 / 1.50 / 1.80" (1, 5 and 15 minutes), from /proc/loadavg.</summary>
    public static string Now() => File.Exists("/proc/loadavg")
        ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "n/a";
}
