namespace OrchardCustomers.Bench.Measuring;

/// <summary>Milliseconds of many runs; the median is what a user usually waits, the 95th percentile the bad days.</summary>
public sealed class Timings(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    /// <summary>Nearest rank, so every figure is a time that was really measured.</summary>
    public double Percentile(double percent) =>
        _sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];
}
