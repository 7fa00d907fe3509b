using OrchardCustomers.Host.Limits;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Editing;

public sealed class AddressInput
{
    public AddressType Type { get; set; } = AddressType.Recipient;

    [MaxChars(CustomerLimits.Street)]
    public string? Street { get; set; }

    [MaxChars(CustomerLimits.AddressExtra)]
    public string? Extra { get; set; }

    [MaxChars(CustomerLimits.PostalCode)]
    public string? PostalCode { get; set; }

    [MaxChars(CustomerLimits.City)]
    [VisibleText]
    public string? City { get; set; }

    [MaxChars(CustomerLimits.Country)]
    public string Country { get; set; } = "DE";

    public bool IsDefaultBilling { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(Extra) && string.IsNullOrWhiteSpace(PostalCode) && string.IsNullOrWhiteSpace(City);
}
