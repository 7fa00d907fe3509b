using System.Globalization;
using System.Text;

namespace OrchardCustomers.Module.Shared.Numbering;

/// <summary>
/// A number's shape, e.g. <c>RE-{yyyy}-{0000}</c>: <c>{yyyy}</c> (or <c>{yy}</c>) is the year, <c>{0000}</c> the
/// counter padded to as many digits as it has zeros (a larger counter just grows: 9999, 10000), the rest is kept as
/// written. A pattern with a year starts again at its first value each year.
/// </summary>
public sealed class NumberPattern
{
    private readonly string _pattern;

    private NumberPattern(string pattern, bool hasYear)
    {
        _pattern = pattern;
        HasYear = hasYear;
    }

    public bool HasYear { get; }

    /// <summary>A pattern with a prefix and a padded counter, e.g. K-{00000}: the customer numbers' shape.</summary>
    public static NumberPattern PrefixAndPadding(string prefix, int padding) =>
        Parse(prefix.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
            + "{" + new string('0', Math.Max(1, padding)) + "}");

    /// <exception cref="FormatException">The pattern has no counter, or a placeholder it does not know.</exception>
    public static NumberPattern Parse(string pattern)
    {
        var hasCounter = false;
        var hasYear = false;
        foreach (var token in Tokens(pattern).Where(t => t.IsPlaceholder))
        {
            if (token.Text is "yyyy" or "yy")
            {
                hasYear = true;
            }
            else if (token.Text.Length > 0 && token.Text.All(c => c == '0'))
            {
                hasCounter = true;
            }
            else
            {
                throw new FormatException($"The number pattern '{pattern}' has an unknown placeholder {{{token.Text}}}.");
            }
        }

        return hasCounter ? new NumberPattern(pattern, hasYear) : throw new FormatException($"The number pattern '{pattern}' has no counter such as {{0000}}.");
    }

    /// <summary>The year a number taken at <paramref name="now"/> carries: the year where the business is.</summary>
    public static int YearAt(DateTimeOffset now, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(now, zone).Year;

    /// <summary>The sequence that counts for <paramref name="year"/>: one per year when the pattern shows the year.</summary>
    public string SequenceName(string name, int year) => HasYear ? string.Create(CultureInfo.InvariantCulture, $"{name}:{year}") : name;

    public string Format(long value, int year)
    {
        var result = new StringBuilder();
        foreach (var token in Tokens(_pattern))
        {
            result.Append(token switch
            {
                { IsPlaceholder: false } => token.Text,
                { Text: "yyyy" } => year.ToString("D4", CultureInfo.InvariantCulture),
                { Text: "yy" } => (year % 100).ToString("D2", CultureInfo.InvariantCulture),
                _ => value.ToString(CultureInfo.InvariantCulture).PadLeft(token.Text.Length, '0'),
            });
        }

        return result.ToString();
    }

    /// <summary>Splits into literal text and {placeholders}; {{ and }} are a literal brace.</summary>
    private static IEnumerable<(string Text, bool IsPlaceholder)> Tokens(string pattern)
    {
        var literal = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '{' && i + 1 < pattern.Length && pattern[i + 1] == '{' || pattern[i] == '}' && i + 1 < pattern.Length && pattern[i + 1] == '}')
            {
                literal.Append(pattern[i]);
                i++;
            }
            else if (pattern[i] == '{')
            {
                var end = pattern.IndexOf('}', i);
                if (end < 0)
                {
                    throw new FormatException($"The number pattern '{pattern}' has a '{{' without '}}'.");
                }

                if (literal.Length > 0)
                {
                    yield return (literal.ToString(), false);
                    literal.Clear();
                }

                yield return (pattern[(i + 1)..end], true);
                i = end;
            }
            else
            {
                literal.Append(pattern[i]);
            }
        }

        if (literal.Length > 0)
        {
            yield return (literal.ToString(), false);
        }
    }
}
