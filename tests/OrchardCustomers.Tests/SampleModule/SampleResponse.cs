namespace OrchardCustomers.Tests.SampleModule;

public sealed record SampleResponse(string Tenant, IReadOnlyList<string> Items);
