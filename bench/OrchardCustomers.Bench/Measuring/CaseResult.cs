namespace OrchardCustomers.Bench.Measuring;

/// <param name="Service">Through the list service, as when paging or reloading (the total from the count cache).</param>
/// <param name="Counted">Through the list service with an empty count cache, as the first request for a filter.</param>
/// <param name="AllocatedKilobytes">Bytes the process allocated per service call (as paging), median, in KB.</param>
public sealed record CaseResult(BenchCase Case, Timings Service, Timings Counted, Timings Raw, PageResult Page, double AllocatedKilobytes)
{
    public const double TargetMilliseconds = 30;
    public const double TargetRatio = 2;

    public double Ratio => Service.Median / Raw.Median;

    public double CountedRatio => Counted.Median / Raw.Median;

    public bool MeetsTarget => Service.Median <= TargetMilliseconds && Ratio <= TargetRatio;

    public bool CountedMeetsTarget => Counted.Median <= TargetMilliseconds && CountedRatio <= TargetRatio;
}
