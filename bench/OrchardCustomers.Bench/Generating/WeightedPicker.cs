namespace OrchardCustomers.Bench.Generating;

/// <summary>Picks items in proportion to their weights: real name and city frequencies are far from uniform.</summary>
public sealed class WeightedPicker<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedPicker(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.ToList();
        _items = [.. list.Select(w => w.Item)];
        _cumulative = new double[list.Count];
        var sum = 0d;
        for (var i = 0; i < list.Count; i++)
        {
            sum += list[i].Weight;
            _cumulative[i] = sum;
        }
    }

    /// <summary>Weights that fall with the rank like real surname frequencies (Müller is common, not half of all).</summary>
    public WeightedPicker(IReadOnlyList<T> byRank, double exponent)
        : this(byRank.Select((item, rank) => (item, 1 / Math.Pow(rank + 1, exponent))))
    {
    }

    public T Pick(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _items[index < 0 ? Math.Min(~index, _items.Length - 1) : index];
    }
}
