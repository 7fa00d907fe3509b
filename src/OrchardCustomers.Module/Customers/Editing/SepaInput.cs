using OrchardCustomers.Host.Limits;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Editing;

public sealed class SepaInput
{
    [MaxChars(CustomerLimits.Iban)]
    public string? Iban { get; set; }

    [MaxChars(CustomerLimits.Bic)]
    public string? Bic { get; set; }

    [MaxChars(CustomerLimits.MandateReference)]
    public string? MandateReference { get; set; }

    public DateOnly? MandateDate { get; set; }

    public SepaScheme Scheme { get; set; } = SepaScheme.Core;
}
