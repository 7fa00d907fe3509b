namespace OrchardCustomers.Module.Customers.Models;

/// <summary>
/// A normalised value of a customer that other customers are looked up by: every email, the VAT ID, the IBAN, the
/// postcodes, the tags. One indexed table serves the duplicate warnings and the tag filter.
/// </summary>
public sealed class CustomerKey
{
    public long CustomerId { get; set; }

    public CustomerKeyKind Kind { get; set; }

    public string Value { get; set; } = "";
}
