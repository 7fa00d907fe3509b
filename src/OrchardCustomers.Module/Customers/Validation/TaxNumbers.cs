namespace OrchardCustomers.Module.Customers.Validation;

/// <summary>
/// The German Steuernummer: 10 to 13 digits, written by each state with its own slashes and spaces
/// ("21/815/08150", "2181508150", "9181081508155" in the federal form).
/// </summary>
public static class TaxNumbers
{
    public static bool IsPlausible(string value)
    {
        var trimmed = value.Trim();
        var digits = trimmed.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= 13 && trimmed.All(c => char.IsAsciiDigit(c) || c is '/' or ' ');
    }
}
