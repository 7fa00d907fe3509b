namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>The countries offered in address forms: the German-speaking ones first, then neighbours and common trading partners.</summary>
public static class CountryChoices
{
    public static readonly IReadOnlyList<string> Codes = ["DE", "AT", "CH", "LI", "LU", "BE", "NL", "FR", "IT", "ES", "PL", "CZ", "DK", "SE", "GB", "US"];
}
