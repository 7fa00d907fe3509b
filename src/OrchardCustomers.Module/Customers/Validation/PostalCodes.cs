using System.Text.RegularExpressions;

namespace OrchardCustomers.Module.Customers.Validation;

/// <summary>Postcode formats of the countries our customers' customers live in most; others are taken as typed.</summary>
public static class PostalCodes
{
    private static readonly Dictionary<string, Regex> Formats = new(StringComparer.Ordinal)
    {
        ["DE"] = new(@"^(0[1-9]\d{3}|[1-9]\d{4})$"),
        ["AT"] = new(@"^[1-9]\d{3}$"),
        ["CH"] = new(@"^[1-9]\d{3}$"),
        ["LI"] = new(@"^94(8[5-9]|9[0-8])$"),
        ["LU"] = new(@"^(L-)?\d{4}$"),
        ["NL"] = new(@"^\d{4} ?[A-Z]{2}$"),
        ["BE"] = new(@"^\d{4}$"),
        ["FR"] = new(@"^\d{5}$"),
        ["IT"] = new(@"^\d{5}$"),
        ["DK"] = new(@"^\d{4}$"),
        ["PL"] = new(@"^\d{2}-\d{3}$"),
    };

    public static bool IsValid(string postalCode, string country) =>
        !Formats.TryGetValue(country.ToUpperInvariant(), out var format) || format.IsMatch(postalCode.Trim().ToUpperInvariant());
}
