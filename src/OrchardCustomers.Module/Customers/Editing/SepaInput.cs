using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Editing;

public sealed class SepaInput
{
    public string? Iban { get; set; }

    public string? Bic { get; set; }

    public string? MandateReference { get; set; }

    public DateOnly? MandateDate { get; set; }

    public SepaScheme Scheme { get; set; } = SepaScheme.Core;
}
