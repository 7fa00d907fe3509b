namespace OrchardCustomers.Module.Customers.Search;

public sealed record CustomerListFilterChoice(string Value, string Label);
