using System.Globalization;
using System.Text;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>A row's place in a sorted list: its sort value and its id. Opaque to users, base64url in URLs.</summary>
public sealed record ListCursor(CustomerSort Sort, bool Desc, string Value, long Id)
{
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{(int)Sort}|{(Desc ? 1 : 0)}|{Id}|{Value}"))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <returns>The cursor, or null when the text is not one (or was made for another order).</returns>
    public static ListCursor? Decode(string? text, CustomerSort sort, bool desc)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 1000)
        {
            return null;
        }

        try
        {
            var base64 = text.Replace('-', '+').Replace('_', '/');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='))).Split('|', 4);
            if (parts.Length != 4 || parts[0] != ((int)sort).ToString(CultureInfo.InvariantCulture) || parts[1] != (desc ? "1" : "0")
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            return new ListCursor(sort, desc, parts[3], id);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
