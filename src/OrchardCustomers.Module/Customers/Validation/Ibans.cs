using System.Text.RegularExpressions;

namespace OrchardCustomers.Module.Customers.Validation;

/// <summary>IBANs (ISO 13616): the length of each SEPA country, and the MOD 97 check.</summary>
public static partial class Ibans
{
    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18,
        ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22, ["GI"] = 23, ["GR"] = 27, ["HR"] = 21, ["HU"] = 28,
        ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MT"] = 31,
        ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27,
        ["VA"] = 22,
    };

    public static string Normalize(string value) => Whitespace().Replace(value, "").ToUpperInvariant();

    public static bool IsValid(string value)
    {
        var iban = Normalize(value);
        return Shape().IsMatch(iban)
            && Lengths.TryGetValue(iban[..2], out var length) && iban.Length == length
            && Mod97.Remainder(iban[4..] + iban[..4]) == 1;
    }

    /// <summary>Groups of four, as on paper: DE89 3704 0044 0532 0130 00.</summary>
    public static string Format(string value) => Shared.Formatting.IbanDisplay.Group(value);

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();

    [GeneratedRegex("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")]
    private static partial Regex Shape();
}
