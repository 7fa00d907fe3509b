using System.Text.RegularExpressions;

namespace OrchardCustomers.Module.Customers.Validation;

/// <summary>
/// The Leitweg-ID that German public buyers require on XRechnung invoices: coarse address (2–12 digits), optional fine
/// address (up to 30 letters and digits), and two check digits (ISO 7064 MOD 97-10 over the whole ID).
/// </summary>
public static partial class LeitwegIds
{
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static bool IsValid(string value)
    {
        var id = Normalize(value);
        return Shape().IsMatch(id) && Mod97.Remainder(id.Replace("-", "", StringComparison.Ordinal)) == 1;
    }

    /// <summary>Looks like a Leitweg-ID (digits, dashes, a two-digit end), as opposed to another kind of buyer reference.</summary>
    public static bool LooksLikeOne(string value) => Shape().IsMatch(Normalize(value));

    [GeneratedRegex(@"^\d{2,12}(-[A-Z0-9]{1,30})?-\d{2}$")]
    private static partial Regex Shape();
}
