using PhoneNumbers;

namespace OrchardCustomers.Module.Customers.Validation;

/// <summary>Normalises phone numbers to E.164 with libphonenumber, reading national numbers in the customer's country.</summary>
public static class PhoneNumberNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <returns>The E.164 form, e.g. +4930123456, or null when the number is not a valid one.</returns>
    public static string? ToE164(string number, string country)
    {
        try
        {
            var parsed = Util.Parse(number, string.IsNullOrWhiteSpace(country) ? "DE" : country.ToUpperInvariant());
            return Util.IsValidNumber(parsed) ? Util.Format(parsed, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
