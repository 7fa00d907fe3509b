namespace OrchardCustomers.Bench.Loading;

/// <param name="Rows">Seconds spent generating and inserting the rows.</param>
/// <param name="Indexes">Seconds spent on indexes after the rows (zero when they were kept in place).</param>
public sealed record LoadReport(string Method, long Customers, long Keys, double Rows, double Indexes)
{
    public double Total => Rows + Indexes;

    public override string ToString() =>
        $"{Method}: {Customers:N0} customers and {Keys:N0} keys in {Total:F1} s (rows {Rows:F1} s, indexes {Indexes:F1} s)";
}
