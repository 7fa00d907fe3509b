namespace OrchardCustomers.Module.Customers.Models;

public sealed record OrganisationPart
{
    public string? Category { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>A user of the tenant who looks after this customer.</summary>
    public string? AccountManagerId { get; init; }

    public CompanyDetails? CompanyDetails { get; init; }
}
