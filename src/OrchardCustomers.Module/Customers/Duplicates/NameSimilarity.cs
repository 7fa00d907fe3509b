using System.Text.RegularExpressions;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Duplicates;

/// <summary>
/// How alike two customer names are, after the legal form and punctuation are taken away and German spellings are
/// made equal: "Müller GmbH" and "Mueller GmbH &amp; Co. KG" are the same name.
/// </summary>
public static partial class NameSimilarity
{
    public const double Threshold = 0.88;

    private static readonly HashSet<string> LegalForms =
        ["gmbh", "mbh", "ag", "kg", "ohg", "ug", "haftungsbeschrankt", "haftungsbeschraenkt", "gbr", "ek", "e", "k", "kfm", "co", "und", "se", "kgaa", "partg", "ev", "eg", "inh", "gesmbh", "sarl", "ltd", "inc", "llc"];

    /// <remarks>Dotted abbreviations are read as one word first: "Ges.m.b.H." as gesmbh, "e.K." as ek.</remarks>
    public static string Core(string name)
    {
        var joined = DottedAbbreviation().Replace(SearchText.Transliterate(name), m => m.Value.Replace(".", "", StringComparison.Ordinal));
        return string.Join(' ', SearchText.Words(joined).Where(w => !LegalForms.Contains(w)));
    }

    /// <summary>Jaro-Winkler similarity of the names' cores, from 0 (nothing alike) to 1 (equal).</summary>
    public static double Of(string a, string b)
    {
        var x = Core(a);
        var y = Core(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        return x == y ? 1 : JaroWinkler(x, y);
    }

    private static double JaroWinkler(string s, string t)
    {
        var window = Math.Max(0, Math.Max(s.Length, t.Length) / 2 - 1);
        var sMatched = new bool[s.Length];
        var tMatched = new bool[t.Length];
        var matches = 0;
        for (var i = 0; i < s.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j < Math.Min(t.Length, i + window + 1); j++)
            {
                if (!tMatched[j] && s[i] == t[j])
                {
                    sMatched[i] = tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (int i = 0, k = 0; i < s.Length; i++)
        {
            if (!sMatched[i])
            {
                continue;
            }

            while (!tMatched[k])
            {
                k++;
            }

            if (s[i] != t[k++])
            {
                transpositions++;
            }
        }

        double m = matches;
        var jaro = (m / s.Length + m / t.Length + (m - transpositions / 2.0) / m) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(s.Length, t.Length)) && s[prefix] == t[prefix])
        {
            prefix++;
        }

        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /// <summary>Two or more short letter groups, each closed by a dot: g.m.b.h., ges.m.b.h, e.k.</summary>
    [GeneratedRegex(@"\b(?:\p{L}{1,3}\.){2,}")]
    private static partial Regex DottedAbbreviation();
}
