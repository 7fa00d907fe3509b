using System.Text;

namespace OrchardCustomers.Host.Localization;

/// <summary>
/// Reads the gettext PO files that Orchard uses for translations: <c>msgid</c>/<c>msgstr</c> pairs, with
/// <c>msgid_plural</c>/<c>msgstr[n]</c> for plurals. Context lines are read and ignored: one catalog serves the app.
/// </summary>
public static class PoFile
{
    public static IEnumerable<PoEntry> Parse(TextReader reader)
    {
        string? id = null, plural = null, current = null;
        var translations = new SortedDictionary<int, string>();
        var buffer = new StringBuilder();

        PoEntry? Flush()
        {
            Commit();
            PoEntry? entry = id is { Length: > 0 } && translations.Count > 0 && translations.Values.Any(v => v.Length > 0)
                ? new PoEntry(id, plural, translations.Values.ToArray())
                : null;
            id = plural = current = null;
            translations.Clear();
            return entry;
        }

        void Commit()
        {
            if (current is null)
            {
                return;
            }

            var text = buffer.ToString();
            if (current == "msgid")
            {
                id = text;
            }
            else if (current == "msgid_plural")
            {
                plural = text;
            }
            else if (current == "msgstr")
            {
                translations[0] = text;
            }
            else if (current.StartsWith("msgstr[", StringComparison.Ordinal))
            {
                translations[int.Parse(current[7..^1], System.Globalization.CultureInfo.InvariantCulture)] = text;
            }

            current = null;
            buffer.Clear();
        }

        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                if (line.Length == 0 && Flush() is { } entry)
                {
                    yield return entry;
                }

                continue;
            }

            if (line.StartsWith('"'))
            {
                buffer.Append(Unquote(line));
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            var keyword = line[..space];
            if (keyword is "msgid" or "msgctxt" && id is not null && current is not "msgid" && current is not "msgctxt" && Flush() is { } previous)
            {
                yield return previous;
            }

            Commit();
            current = keyword == "msgctxt" ? "msgctxt" : keyword;
            buffer.Append(Unquote(line[(space + 1)..].Trim()));
        }

        if (Flush() is { } last)
        {
            yield return last;
        }
    }

    private static string Unquote(string quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            return "";
        }

        var text = quoted[1..^1];
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => text[i] });
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
