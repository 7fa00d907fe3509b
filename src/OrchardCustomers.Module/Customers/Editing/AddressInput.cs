using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Editing;

public sealed class AddressInput
{
    public AddressType Type { get; set; } = AddressType.Recipient;

    public string? Street { get; set; }

    public string? Extra { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string Country { get; set; } = "DE";

    public bool IsDefaultBilling { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(Extra) && string.IsNullOrWhiteSpace(PostalCode) && string.IsNullOrWhiteSpace(City);
}
