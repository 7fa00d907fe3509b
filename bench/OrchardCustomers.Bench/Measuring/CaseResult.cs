namespace OrchardCustomers.Bench.Measuring;

public sealed record CaseResult(BenchCase Case, Timings Service, Timings Raw, PageResult Page)
{
    public const double TargetMilliseconds = 30;
    public const double TargetRatio = 2;

    public double Ratio => Service.Median / Raw.Median;

    public bool MeetsTarget => Service.Median <= TargetMilliseconds && Ratio <= TargetRatio;
}
