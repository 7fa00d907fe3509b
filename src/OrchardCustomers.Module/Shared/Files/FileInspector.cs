using System.Globalization;
using System.Text;

namespace OrchardCustomers.Module.Shared.Files;

/// <summary>
/// Decides what an uploaded file really is from its first bytes, not from the name or the browser's claim: only
/// documents, images, spreadsheets and text are kept with a customer, and a program renamed to .pdf is refused.
/// </summary>
public static class FileInspector
{
    private static readonly Dictionary<string, string> ZipDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
    };

    private static readonly Dictionary<string, string> TextDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".xml"] = "application/xml",
    };

    /// <returns>The content type to store and serve, or null when the file is not one we keep.</returns>
    public static string? Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName);
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        if (head.StartsWith(new byte[] { 0x50, 0x4B, 0x03, 0x04 }))
        {
            return ZipDocuments.GetValueOrDefault(extension);
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return extension.ToUpperInvariant() switch
            {
                ".DOC" => "application/msword",
                ".XLS" => "application/vnd.ms-excel",
                _ => null,
            };
        }

        return TextDocuments.TryGetValue(extension, out var textType) && IsText(head) ? textType : null;
    }

    /// <summary>No NUL bytes and no control characters but tabs and line breaks: text, in UTF-8 or Windows-1252.</summary>
    private static bool IsText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b == 0 || (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)))
            {
                return false;
            }
        }

        return head.Length > 0;
    }

    /// <summary>The name given to a file whose own name has nothing left after cleaning.</summary>
    public const string DefaultName = "file";

    private const int MaxNameLength = 200;

    /// <summary>
    /// A name safe to store, to show and to send back in a Content-Disposition header: no folders, no control
    /// characters, and no invisible formatting characters (zero-width characters, bidi overrides and isolates that
    /// could make "exe.pdf" look like "fdp.exe"). Letters of every language, umlauts included, stay.
    /// </summary>
    public static string SafeName(string? fileName)
    {
        var normalized = WithoutLoneSurrogates(fileName ?? "").Normalize(NormalizationForm.FormC).Replace('\\', '/');
        var name = normalized[(normalized.LastIndexOf('/') + 1)..];
        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            cleaned.Append(c is '"' or ':' or '*' or '?' or '<' or '>' or '|' ? '_' : c);
        }

        var result = cleaned.ToString().Trim();
        if (result.Trim('.').Length == 0)
        {
            return DefaultName;
        }

        if (result.Length <= MaxNameLength)
        {
            return result;
        }

        // Keep the extension of a long name: the type is checked against it.
        var extension = Path.GetExtension(result);
        return extension.Length is > 0 and < 16
            ? result[..(MaxNameLength - extension.Length)].TrimEnd() + extension
            : result[..MaxNameLength];
    }

    /// <summary>Half a surrogate pair is no character, and normalising a string that holds one throws.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(text[i]).Append(text[++i]);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>Control characters (NUL included), format characters (zero-width, bidi) and line or paragraph separators.</summary>
    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
