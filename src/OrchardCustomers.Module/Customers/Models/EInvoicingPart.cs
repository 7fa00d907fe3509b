namespace OrchardCustomers.Module.Customers.Models;

/// <summary>What XRechnung and ZUGFeRD need to address the buyer.</summary>
public sealed record EInvoicingPart
{
    /// <summary>The buyer reference; for public buyers the Leitweg-ID.</summary>
    public string? BuyerReference { get; init; }

    public string? ElectronicAddress { get; init; }

    /// <summary>The EAS code of the address, e.g. EM (email) or 0204 (Leitweg-ID).</summary>
    public string? ElectronicAddressScheme { get; init; }
}
