using System.Globalization;
using System.Text;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// Turns names, emails and numbers into the words the full-text index holds, and a user's search into the words it
/// looks for. Case and accents do not matter, and German spellings meet: "Müller" is indexed as "muller" and as
/// "mueller", "Straße" as "strasse", so that "müll", "Mueller" and "Strasse" all find what they should.
/// </summary>
public static class SearchText
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ı'] = "i", ['ł'] = "l", ['ø'] = "o", ['đ'] = "d", ['æ'] = "ae", ['œ'] = "oe",
    };

    /// <summary>
    /// Lower case without accents; ß becomes ss (DIN 5007-1, as German phone books sort). Letters that carry their
    /// stroke or dot in the letter itself, not as an accent, are read as the letter people type instead: ı as i
    /// (Yılmaz), ł as l, ø as o, đ as d, æ as ae, œ as oe.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (Letters.TryGetValue(c, out var plain))
            {
                result.Append(plain);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(c);
            }
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>German transliteration: ä → ae, ö → oe, ü → ue, ß → ss, then the other accents dropped.</summary>
    /// <remarks>Composed first: "u" followed by a combining diaeresis is an ü too.</remarks>
    public static string Transliterate(string text) => Fold(text.Normalize(NormalizationForm.FormC).ToLowerInvariant()
        .Replace("ä", "ae", StringComparison.Ordinal)
        .Replace("ö", "oe", StringComparison.Ordinal)
        .Replace("ü", "ue", StringComparison.Ordinal));

    /// <summary>The words of a text: runs of letters and digits.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>
    /// A word for the customer's status in its search document. A search of active customers is then counted by the
    /// full-text index alone, without reading each match's row to check its status.
    /// </summary>
    public static string StatusWord(Models.CustomerStatus status) => "ocstatus" + status.ToString().ToLowerInvariant();

    /// <summary>The document indexed for a customer: every word of every field in both spellings, once.</summary>
    public static string Document(IEnumerable<string?> fields)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            foreach (var word in Words(field!))
            {
                foreach (var variant in Variants(word))
                {
                    words.Add(variant);
                }
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The words of a search, each with its spellings: a customer must match one spelling of every word.</summary>
    /// <remarks>A phone number typed in groups is one word: "0761 4589120" looks for the number, not for two words.</remarks>
    public static IReadOnlyList<IReadOnlyList<string>> Terms(string query) => PhoneSearch.AsSearchWord(query) is { } phone
        ? [[phone]]
        : [.. Words(query).Select(w => (IReadOnlyList<string>)[.. Variants(w)]).Where(v => v.Count > 0).Take(8)];

    /// <summary>
    /// A street as it is indexed: its words, and "Hauptstr." also as "Hauptstraße", so that a search for the street as
    /// it is spoken finds it written short.
    /// </summary>
    public static string? Street(string? street)
    {
        if (string.IsNullOrWhiteSpace(street))
        {
            return street;
        }

        var spelledOut = Words(street).Select(Fold).Where(w => w.EndsWith("str", StringComparison.Ordinal)).Select(w => w + "asse").ToList();
        return spelledOut.Count == 0 ? street : street + " " + string.Join(' ', spelledOut);
    }

    private static IEnumerable<string> Variants(string word)
    {
        var folded = Fold(word);
        var transliterated = Transliterate(word);
        return folded == transliterated ? [folded] : [folded, transliterated];
    }
}
