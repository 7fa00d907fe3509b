namespace OrchardCustomers.Module.Customers.Models;

/// <summary>The name of a company (its legal name) or of a person.</summary>
public sealed record NamePart
{
    public string? CompanyName { get; init; }

    public Salutation Salutation { get; init; }

    /// <summary>An academic title: Dr., Prof. Dr.</summary>
    public string? Title { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }
}
