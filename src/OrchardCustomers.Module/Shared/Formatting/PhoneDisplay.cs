using PhoneNumbers;

namespace OrchardCustomers.Module.Shared.Formatting;

/// <summary>
/// A phone number shown once: national ("0761 4589120") when it belongs to the customer's own country, international
/// ("+43 1 234567") otherwise, as a bookkeeper would dial it from the customer's side. What cannot be read stays as typed.
/// </summary>
public static class PhoneDisplay
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <param name="typed">The number as the user typed it.</param>
    /// <param name="e164">The stored E.164 form, e.g. +497614589120; null when it could not be read.</param>
    /// <param name="country">The customer's country (ISO 3166 alpha-2); empty means Germany.</param>
    public static string Format(string typed, string? e164, string? country)
    {
        if (string.IsNullOrEmpty(e164))
        {
            return typed;
        }

        try
        {
            var number = Util.Parse(e164, null);
            var home = string.IsNullOrWhiteSpace(country) ? "DE" : country.Trim().ToUpperInvariant();
            var own = string.Equals(Util.GetRegionCodeForNumber(number), home, StringComparison.Ordinal);
            return Util.Format(number, own ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return typed;
        }
    }

    /// <summary>The target of a tel: link: E.164 when known, else the digits as typed.</summary>
    public static string Link(string typed, string? e164) => string.IsNullOrEmpty(e164) ? typed : e164;
}
