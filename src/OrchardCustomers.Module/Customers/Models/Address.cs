namespace OrchardCustomers.Module.Customers.Models;

public sealed record Address
{
    public AddressType Type { get; init; } = AddressType.Recipient;

    /// <summary>Street and house number, as Germans write them: "Hauptstraße 5".</summary>
    public string? Street { get; init; }

    /// <summary>c/o, floor, building.</summary>
    public string? Extra { get; init; }

    public string? PostalCode { get; init; }

    public string? City { get; init; }

    /// <summary>ISO 3166-1 alpha-2, e.g. DE, AT, CH.</summary>
    public string Country { get; init; } = "DE";

    public bool IsDefaultBilling { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(PostalCode) && string.IsNullOrWhiteSpace(City) && string.IsNullOrWhiteSpace(Extra);
}
