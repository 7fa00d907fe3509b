using OrchardCustomers.Host.Limits;
namespace OrchardCustomers.Module.Customers.Editing;

public sealed class CompanyDetailsInput
{
    [MaxChars(CustomerLimits.CompanyName)]
    [VisibleText]
    public string? CompanyName { get; set; }

    [MaxChars(CustomerLimits.Website)]
    public string? Website { get; set; }

    [MaxChars(CustomerLimits.ContactInformation)]
    [MultiLine]
    public string? ContactInformation { get; set; }
}
