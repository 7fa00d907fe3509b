using System.Text;

namespace OrchardCustomers.Host.Limits;

/// <summary>
/// Characters that show nothing but can hide or reorder text: C0 and C1 controls and DEL, zero-width characters
/// (U+200B–U+200D, U+2060, U+FEFF), bidi marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069). Stored text is cleaned of them; in one-line text, tabs and line breaks become spaces.
/// </summary>
public static class InvisibleCharacters
{
    public static bool IsInvisible(char c) => c switch
    {
        < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => true,
        '\u061C' or (>= '\u200B' and <= '\u200F') or '\u2060' or '\uFEFF' => true,
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => true,
        _ => false,
    };

    /// <summary>True when the text has characters, but none that shows (spaces do not show either).</summary>
    public static bool HasNothingVisible(string text) =>
        text.Length > 0 && !string.IsNullOrWhiteSpace(text) && text.All(c => IsInvisible(c) || char.IsWhiteSpace(c));

    public static string Strip(string text, bool multiLine)
    {
        if (!text.Any(IsInvisible))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' or '\v' or '\f')
            {
                clean.Append(multiLine && c is '\t' or '\n' or '\r' ? c : ' ');
            }
            else if (!IsInvisible(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
