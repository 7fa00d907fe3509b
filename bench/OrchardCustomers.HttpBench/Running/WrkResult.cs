namespace OrchardCustomers.HttpBench.Running;

/// <summary>What a wrk script's done() prints after "HTTPBENCH " (times in microseconds).</summary>
/// <param name="Non200">Responses with any status but 200 (site script); the baseline script reports wrk's own count of statuses ≥ 400.</param>
/// <param name="Counted">Responses that carried a query count in their Server-Timing header.</param>
public sealed record WrkResult(long Requests, long DurationUs, long P50Us, long P99Us, long Non200, long StatusErrors, long SocketErrors, long Queries, long Counted)
{
    public double RequestsPerSecond => Requests / (DurationUs / 1_000_000.0);

    public double P50Ms => P50Us / 1000.0;

    public double P99Ms => P99Us / 1000.0;

    /// <summary>Null when no response carried the count (the baseline, or a site without query counting).</summary>
    public double? QueriesPerRequest => Counted == 0 ? null : (double)Queries / Counted;

    /// <summary>Any answer but 200, or a connection that broke or timed out (30 s).</summary>
    public bool Failed => Non200 > 0 || StatusErrors > 0 || SocketErrors > 0;
}
