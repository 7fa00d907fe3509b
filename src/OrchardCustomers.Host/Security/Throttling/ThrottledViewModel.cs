namespace OrchardCustomers.Host.Security.Throttling;

/// <param name="Minutes">Whole minutes until the next attempt may run, at least one.</param>
public sealed record ThrottledViewModel(int Minutes);
