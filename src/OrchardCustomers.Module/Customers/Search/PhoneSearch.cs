namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// Phone numbers in the search: a number is found however it is typed ("0761 4589120", "07614589120",
/// "+49 761 4589120", "0049 761 4589120"), by its area code ("0761") and by its subscriber number without the area
/// code ("4589120"), or its last five digits or more ("89120"), as a bookkeeper reads them off a letterhead. Every
/// search word is a prefix, so digits from the middle find the number as long as five or more follow them; the last
/// four digits alone would match one number in ten thousand and do not find it.
/// </summary>
public static class PhoneSearch
{
    /// <summary>The shortest tail of a number that finds it: shorter runs are postcodes, house and customer numbers.</summary>
    public const int MinTailDigits = 5;

    // The countries whose numbers customers of a German-speaking business mostly have, written nationally with a 0.
    private static readonly string[] NationalCountryCodes = ["49", "43", "41"];

    /// <summary>The words a number is indexed under: its national and international digits and its tails.</summary>
    public static IEnumerable<string> Words(string number, string? e164)
    {
        var (national, international) = Forms(e164 is { Length: > 2 } && e164[0] == '+' ? e164 : number);
        var words = new List<string>();
        if (national is not null)
        {
            words.Add(national);
        }

        if (international is not null)
        {
            words.Add(international);
        }

        // The number without its trunk 0 or country code: its tails are what people type from the end.
        var significant = national is not null ? national[1..] : international ?? Digits(number);
        for (var length = significant.Length; length >= MinTailDigits; length--)
        {
            words.Add(significant[^length..]);
        }

        return words.Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// A search that is one phone number written in groups ("0761 4589120", "+49 761 458 91-20") as the one word the
    /// number is indexed under; null when the search is not such a number. A single group needs nothing: it is a word.
    /// </summary>
    public static string? AsSearchWord(string query)
    {
        var text = query.Trim();
        if (text.Length == 0 || !(text[0] is '+' or '0' or '(') || text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '/' or '(' or ')' or '.')))
        {
            return null;
        }

        // One group is already a word, unless it carries the international prefix the index does not hold.
        var withCountry = text.StartsWith('+') || text.StartsWith("00", StringComparison.Ordinal);
        if (Digits(text).Length < MinTailDigits || (SearchText.Words(text).Count() < 2 && !withCountry))
        {
            return null;
        }

        var (national, international) = Forms(text);
        return national ?? international;
    }

    /// <summary>The number as written at home (0761…) when its country is known, and in international digits (49761…).</summary>
    private static (string? National, string? International) Forms(string written)
    {
        var text = written.Trim().TrimStart('(');
        var digits = Digits(text);
        if (digits.Length == 0)
        {
            return (null, null);
        }

        string? international = null;
        if (text.StartsWith('+'))
        {
            international = digits;
        }
        else if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            international = digits[2..];
        }

        if (international is null)
        {
            // Written nationally: "0761 …" is German to a German business; without the 0 it is a bare local number.
            return digits[0] == '0' ? (digits, "49" + digits[1..]) : (null, null);
        }

        var code = NationalCountryCodes.FirstOrDefault(c => international.StartsWith(c, StringComparison.Ordinal));
        return code is null ? (null, international) : ("0" + international[code.Length..], international);
    }

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));
}
