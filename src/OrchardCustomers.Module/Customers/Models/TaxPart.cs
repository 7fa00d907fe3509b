namespace OrchardCustomers.Module.Customers.Models;

public sealed record TaxPart
{
    /// <summary>The German Steuernummer from the tax office.</summary>
    public string? TaxNumber { get; init; }

    /// <summary>The EU VAT identification number (USt-IdNr.), stored without spaces.</summary>
    public string? VatId { get; init; }
}
