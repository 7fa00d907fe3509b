using System.Globalization;
using System.Text;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>A row's place in a sorted list: its sort value and its id. Opaque to users, base64url in URLs.</summary>
public sealed record ListCursor(CustomerSort Sort, bool Desc, string Value, long Id)
{
    public const int MaxLength = 1000;

    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{(int)Sort}|{(Desc ? 1 : 0)}|{Id}|{Value}"))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <returns>The cursor, or null when there is none or the text is not one (or was made for another order).</returns>
    public static ListCursor? Decode(string? text, CustomerSort sort, bool desc) => TryDecode(text, sort, desc, out var cursor) ? cursor : null;

    /// <summary>
    /// Reads a cursor that this list made. False for anything else: garbage, base64 of garbage, a cursor of another
    /// order, an id or a date that cannot be, so that a crafted cursor gets a clear answer instead of failing the query.
    /// </summary>
    /// <param name="cursor">Null when there is no text, or when the text is not a cursor.</param>
    public static bool TryDecode(string? text, CustomerSort sort, bool desc, out ListCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Length > MaxLength)
        {
            return false;
        }

        var base64 = text.Replace('-', '+').Replace('_', '/');
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='), bytes, out var length))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var parts = decoded.Split('|', 4);
        if (parts.Length != 4 || parts[0] != ((int)sort).ToString(CultureInfo.InvariantCulture) || parts[1] != (desc ? "1" : "0")
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        // The created order keeps the time as ticks: they must make a date, or the query could not be built.
        if (sort == CustomerSort.Created
            && !(long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks))
        {
            return false;
        }

        cursor = new ListCursor(sort, desc, parts[3], id);
        return true;
    }
}
