namespace OrchardCustomers.Bench.Measuring;

/// <summary>What both sides of a comparison must agree on: the ids of the page, in order, and the total.</summary>
public sealed record PageResult(IReadOnlyList<long> Ids, long Total)
{
    public bool SameAs(PageResult other) => Total == other.Total && Ids.SequenceEqual(other.Ids);

    public override string ToString() => $"total {Total:N0}, ids [{string.Join(", ", Ids.Take(5))}{(Ids.Count > 5 ? ", …" : "")}]";
}
