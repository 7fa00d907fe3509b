namespace OrchardCustomers.Module.Customers.Models;

public sealed record SepaMandate
{
    public string? Iban { get; init; }

    public string? Bic { get; init; }

    public string? MandateReference { get; init; }

    public DateOnly? MandateDate { get; init; }

    public SepaScheme Scheme { get; init; } = SepaScheme.Core;
}
