using System.Text.RegularExpressions;

namespace OrchardCustomers.Module.Customers.Validation;

/// <summary>
/// EU VAT identification numbers (and the Swiss UID): the format of each member state, and the check digits where
/// we know them: Germany (ISO 7064 MOD 11,10) and Switzerland (MOD 11).
/// </summary>
public static partial class VatIds
{
    private static readonly Dictionary<string, Regex> Formats = new(StringComparer.Ordinal)
    {
        ["AT"] = new(@"^ATU\d{8}$"),
        ["BE"] = new(@"^BE[01]\d{9}$"),
        ["BG"] = new(@"^BG\d{9,10}$"),
        ["CY"] = new(@"^CY\d{8}[A-Z]$"),
        ["CZ"] = new(@"^CZ\d{8,10}$"),
        ["DE"] = new(@"^DE\d{9}$"),
        ["DK"] = new(@"^DK\d{8}$"),
        ["EE"] = new(@"^EE\d{9}$"),
        ["EL"] = new(@"^EL\d{9}$"),
        ["ES"] = new(@"^ES[A-Z0-9]\d{7}[A-Z0-9]$"),
        ["FI"] = new(@"^FI\d{8}$"),
        ["FR"] = new(@"^FR[A-HJ-NP-Z0-9]{2}\d{9}$"),
        ["HR"] = new(@"^HR\d{11}$"),
        ["HU"] = new(@"^HU\d{8}$"),
        ["IE"] = new(@"^IE(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$"),
        ["IT"] = new(@"^IT\d{11}$"),
        ["LT"] = new(@"^LT(\d{9}|\d{12})$"),
        ["LU"] = new(@"^LU\d{8}$"),
        ["LV"] = new(@"^LV\d{11}$"),
        ["MT"] = new(@"^MT\d{8}$"),
        ["NL"] = new(@"^NL\d{9}B\d{2}$"),
        ["PL"] = new(@"^PL\d{10}$"),
        ["PT"] = new(@"^PT\d{9}$"),
        ["RO"] = new(@"^RO\d{2,10}$"),
        ["SE"] = new(@"^SE\d{10}01$"),
        ["SI"] = new(@"^SI\d{8}$"),
        ["SK"] = new(@"^SK\d{10}$"),
        ["XI"] = new(@"^XI(\d{9}|\d{12}|GD\d{3}|HA\d{3})$"),
        ["CH"] = new(@"^CHE\d{9}(MWST|TVA|IVA)?$"),
    };

    /// <summary>Upper case without spaces, dots and dashes; "GR" (as Greeks write it) becomes the EU's "EL".</summary>
    public static string Normalize(string value)
    {
        var compact = Separators().Replace(value.Trim().ToUpperInvariant(), "");
        return compact.StartsWith("GR", StringComparison.Ordinal) ? "EL" + compact[2..] : compact;
    }

    public static VatIdCheck Check(string value)
    {
        var vatId = Normalize(value);
        if (vatId.Length < 4 || !Formats.TryGetValue(vatId[..2], out var format))
        {
            return VatIdCheck.UnknownCountry;
        }

        if (!format.IsMatch(vatId))
        {
            return VatIdCheck.BadFormat;
        }

        return vatId[..2] switch
        {
            "DE" => GermanCheckDigitHolds(vatId[2..]) ? VatIdCheck.Valid : VatIdCheck.BadCheckDigit,
            "CH" => SwissCheckDigitHolds(vatId[3..12]) ? VatIdCheck.Valid : VatIdCheck.BadCheckDigit,
            _ => VatIdCheck.Valid,
        };
    }

    /// <summary>ISO 7064 MOD 11,10 over the first eight digits gives the ninth.</summary>
    private static bool GermanCheckDigitHolds(string digits)
    {
        var product = 10;
        foreach (var c in digits[..8])
        {
            var sum = (c - '0' + product) % 10;
            product = 2 * (sum == 0 ? 10 : sum) % 11;
        }

        var check = 11 - product;
        return (check == 10 ? 0 : check) == digits[8] - '0';
    }

    /// <summary>The Swiss UID: weights 5 4 3 2 7 6 5 4 over the first eight digits, MOD 11.</summary>
    private static bool SwissCheckDigitHolds(string digits)
    {
        int[] weights = [5, 4, 3, 2, 7, 6, 5, 4];
        var sum = weights.Select((w, i) => w * (digits[i] - '0')).Sum();
        var check = 11 - (sum % 11);
        return check != 10 && (check == 11 ? 0 : check) == digits[8] - '0';
    }

    [GeneratedRegex(@"[\s.\-]")]
    private static partial Regex Separators();
}
