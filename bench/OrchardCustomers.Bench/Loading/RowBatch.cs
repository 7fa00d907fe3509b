namespace OrchardCustomers.Bench.Loading;

/// <summary>Customers and their lookup keys as provider values, ready to insert.</summary>
public sealed record RowBatch(IReadOnlyList<object?[]> Customers, IReadOnlyList<object?[]> Keys);
