namespace OrchardCustomers.Module.Customers.Models;

/// <summary>The company a private customer works for or runs.</summary>
public sealed record CompanyDetails
{
    public string? CompanyName { get; init; }

    public string? Website { get; init; }

    public string? ContactInformation { get; init; }
}
