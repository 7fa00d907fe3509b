using System.Text.RegularExpressions;

namespace OrchardCustomers.Module.Customers.Validation;

/// <summary>BIC (ISO 9362): bank, country, location and optional branch; 8 or 11 characters.</summary>
public static partial class Bics
{
    public static string Normalize(string value) => value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsValid(string value) => Shape().IsMatch(Normalize(value));

    [GeneratedRegex("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")]
    private static partial Regex Shape();
}
