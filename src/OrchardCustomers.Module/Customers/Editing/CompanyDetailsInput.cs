namespace OrchardCustomers.Module.Customers.Editing;

public sealed class CompanyDetailsInput
{
    public string? CompanyName { get; set; }

    public string? Website { get; set; }

    public string? ContactInformation { get; set; }
}
