namespace OrchardCustomers.Bench.Generating;

/// <param name="Category">The customer category a company of this trade gets.</param>
public sealed record Trade(string Name, string Category);
