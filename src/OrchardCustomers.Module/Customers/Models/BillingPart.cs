namespace OrchardCustomers.Module.Customers.Models;

public sealed record BillingPart
{
    /// <summary>The language documents are written in: de or en.</summary>
    public string Language { get; init; } = "de";

    /// <summary>ISO 4217, e.g. EUR or CHF.</summary>
    public string Currency { get; init; } = "EUR";

    public int PaymentTermDays { get; init; } = 14;

    public PaymentMethod PaymentMethod { get; init; } = PaymentMethod.BankTransfer;

    /// <summary>Only for SEPA direct debit.</summary>
    public SepaMandate? Sepa { get; init; }
}
