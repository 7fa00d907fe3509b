using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Limits;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Numbering;

namespace OrchardCustomers.Module.Customers.Validation;

/// <summary>
/// Checks a customer as a German bookkeeper would: the name the kind needs, reachable addresses, VAT IDs, IBANs and
/// Leitweg-IDs with their check digits, phone numbers that can be dialled. Every error names its field.
/// First of all the bounds that <see cref="CustomerLimits"/> sets, defined enum values and visible names: an input
/// that breaks them gets only those errors, so that an oversized input costs no further work. Then the input's texts
/// are cleaned of invisible characters (<see cref="InvisibleCharacters"/>), in place, and checked for what they say.
/// </summary>
public sealed partial class CustomerValidator(IStringLocalizer<CustomerValidator> S)
{
    private static readonly HashSet<string> Currencies = ["EUR", "CHF", "USD", "GBP", "PLN", "CZK", "DKK", "SEK", "NOK", "HUF"];

    /// <summary>EAS codes (CEF) that e-invoices to our customers use most.</summary>
    private static readonly HashSet<string> AddressSchemes = ["EM", "0204", "9930", "0088", "0060", "0007", "0192", "0208", "9925"];

    public IReadOnlyList<CustomerError> Validate(CustomerInput input, IReadOnlyList<CustomFieldDefinition> fields, CustomerSettings settings)
    {
        var bounds = InputRules.Check(input);
        if (bounds.Count > 0)
        {
            return [.. bounds.Select(v => new CustomerError(v.Field, Message(v)))];
        }

        InputRules.CleanText(input);
        var errors = new List<CustomerError>();
        void Add(string field, string message) => errors.Add(new CustomerError(field, message));

        ValidateName(input, Add);
        var country = input.Addresses.FirstOrDefault(a => !a.IsEmpty)?.Country ?? "DE";

        foreach (var (email, i) in input.Emails.Select((e, i) => (e, i)).Where(e => !string.IsNullOrWhiteSpace(e.e)))
        {
            if (!IsEmail(email))
            {
                Add($"Emails[{i}]", S["'{0}' is not a valid email address.", email]);
            }
        }

        if (!string.IsNullOrWhiteSpace(input.BillingEmail) && !IsEmail(input.BillingEmail))
        {
            Add(nameof(input.BillingEmail), S["'{0}' is not a valid email address.", input.BillingEmail]);
        }

        foreach (var (phone, i) in input.Phones.Select((p, i) => (p, i)).Where(p => !string.IsNullOrWhiteSpace(p.p.Number)))
        {
            if (PhoneNumberNormalizer.ToE164(phone.Number!, country) is null)
            {
                Add($"Phones[{i}].Number", S["'{0}' is not a phone number that can be dialled from {1}.", phone.Number!, country]);
            }
        }

        if (!string.IsNullOrWhiteSpace(input.Website) && !IsWebsite(input.Website))
        {
            Add(nameof(input.Website), S["Enter a web address such as www.example.de."]);
        }

        ValidateAddresses(input, Add);
        ValidateTax(input, Add);
        ValidateBilling(input, Add);
        ValidateEInvoicing(input, Add);
        ValidateOrganisation(input, Add);

        foreach (var (contact, i) in input.Contacts.Select((c, i) => (c, i)).Where(c => !c.c.IsEmpty))
        {
            if (string.IsNullOrWhiteSpace(contact.LastName))
            {
                Add($"Contacts[{i}].LastName", S["A contact person needs a last name."]);
            }

            for (var j = 0; j < contact.Emails.Count; j++)
            {
                if (contact.Emails[j] is { } email && !string.IsNullOrWhiteSpace(email) && !IsEmail(email))
                {
                    Add($"Contacts[{i}].Emails[{j}]", S["'{0}' is not a valid email address.", email]);
                }
            }

            for (var j = 0; j < contact.Phones.Count; j++)
            {
                if (contact.Phones[j].Number is { } phone && !string.IsNullOrWhiteSpace(phone) && PhoneNumberNormalizer.ToE164(phone, country) is null)
                {
                    Add($"Contacts[{i}].Phones[{j}].Number", S["'{0}' is not a phone number that can be dialled from {1}.", phone, country]);
                }
            }
        }

        if (input.Latitude is null != input.Longitude is null)
        {
            Add(input.Latitude is null ? nameof(input.Latitude) : nameof(input.Longitude), S["Enter both latitude and longitude, or neither."]);
        }
        else if (input.Latitude is { } lat && input.Longitude is { } lon && (lat is < -90 or > 90 || lon is < -180 or > 180))
        {
            Add(nameof(input.Latitude), S["Latitude runs from -90 to 90, longitude from -180 to 180."]);
        }

        if (input.DebtorNumber is { } debtor && (debtor < settings.DebtorRangeStart || debtor > settings.DebtorRangeEnd))
        {
            Add(nameof(input.DebtorNumber), S["The debtor number must lie in the DATEV range {0}–{1}.", settings.DebtorRangeStart, settings.DebtorRangeEnd]);
        }

        ValidateCustomFields(input, fields, Add);
        return errors;
    }

    private void ValidateName(CustomerInput input, Action<string, string> add)
    {
        if (input.Kind == CustomerKind.Company && string.IsNullOrWhiteSpace(input.CompanyName))
        {
            add(nameof(input.CompanyName), S["A company needs its legal name."]);
        }

        if (input.Kind == CustomerKind.Person && string.IsNullOrWhiteSpace(input.LastName))
        {
            add(nameof(input.LastName), S["A person needs a last name."]);
        }
    }

    private void ValidateAddresses(CustomerInput input, Action<string, string> add)
    {
        foreach (var (address, i) in input.Addresses.Select((a, i) => (a, i)).Where(a => !a.a.IsEmpty))
        {
            var country = (address.Country ?? "").Trim().ToUpperInvariant();
            if (!CountryCode().IsMatch(country))
            {
                add($"Addresses[{i}].Country", S["Enter the country as a two-letter code such as DE, AT or CH."]);
                continue;
            }

            if (string.IsNullOrWhiteSpace(address.PostalCode))
            {
                add($"Addresses[{i}].PostalCode", S["Enter the postcode."]);
            }
            else if (!PostalCodes.IsValid(address.PostalCode, country))
            {
                add($"Addresses[{i}].PostalCode", S["'{0}' is not a postcode of {1}.", address.PostalCode, country]);
            }

            if (string.IsNullOrWhiteSpace(address.City))
            {
                add($"Addresses[{i}].City", S["Enter the city."]);
            }
        }

        if (input.Addresses.Count(a => a.IsDefaultBilling && !a.IsEmpty) > 1)
        {
            add(nameof(input.Addresses), S["Only one address can be the default billing address."]);
        }
    }

    private void ValidateTax(CustomerInput input, Action<string, string> add)
    {
        if (!string.IsNullOrWhiteSpace(input.TaxNumber) && !TaxNumbers.IsPlausible(input.TaxNumber))
        {
            add(nameof(input.TaxNumber), S["A tax number has 10 to 13 digits, e.g. 21/815/08150."]);
        }

        if (string.IsNullOrWhiteSpace(input.VatId))
        {
            return;
        }

        switch (VatIds.Check(input.VatId))
        {
            case VatIdCheck.UnknownCountry:
                add(nameof(input.VatId), S["A VAT ID starts with the code of an EU country, e.g. DE123456789."]);
                break;
            case VatIdCheck.BadFormat:
                add(nameof(input.VatId), S["'{0}' does not have the format of a VAT ID of {1}.", input.VatId, VatIds.Normalize(input.VatId)[..2]]);
                break;
            case VatIdCheck.BadCheckDigit:
                add(nameof(input.VatId), S["'{0}' is not a valid VAT ID: its check digit is wrong.", input.VatId]);
                break;
        }
    }

    private void ValidateBilling(CustomerInput input, Action<string, string> add)
    {
        if (input.Language is not ("de" or "en"))
        {
            add(nameof(input.Language), S["Choose German or English."]);
        }

        if (!Currencies.Contains((input.Currency ?? "").ToUpperInvariant()))
        {
            add(nameof(input.Currency), S["Choose a currency from the list."]);
        }

        if (input.PaymentTermDays is < 0 or > 365)
        {
            add(nameof(input.PaymentTermDays), S["The payment term runs from 0 to 365 days."]);
        }

        var sepa = input.Sepa;
        if (input.PaymentMethod == PaymentMethod.SepaDirectDebit)
        {
            if (string.IsNullOrWhiteSpace(sepa.Iban))
            {
                add("Sepa.Iban", S["SEPA direct debit needs the customer's IBAN."]);
            }

            if (string.IsNullOrWhiteSpace(sepa.MandateReference))
            {
                add("Sepa.MandateReference", S["SEPA direct debit needs the mandate reference."]);
            }
            else if (!MandateReference().IsMatch(sepa.MandateReference))
            {
                add("Sepa.MandateReference", S["A mandate reference has up to 35 letters, digits and + ? / - : ( ) . , ' or spaces."]);
            }

            if (sepa.MandateDate is null)
            {
                add("Sepa.MandateDate", S["Enter the date the mandate was signed."]);
            }
            else if (sepa.MandateDate > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
            {
                add("Sepa.MandateDate", S["A mandate cannot be signed in the future."]);
            }
        }

        if (!string.IsNullOrWhiteSpace(sepa.Iban) && !Ibans.IsValid(sepa.Iban))
        {
            add("Sepa.Iban", S["'{0}' is not a valid IBAN: check the digits.", sepa.Iban]);
        }

        if (!string.IsNullOrWhiteSpace(sepa.Bic) && !Bics.IsValid(sepa.Bic))
        {
            add("Sepa.Bic", S["A BIC has 8 or 11 characters, e.g. COBADEFFXXX."]);
        }
    }

    private void ValidateEInvoicing(CustomerInput input, Action<string, string> add)
    {
        if (!string.IsNullOrWhiteSpace(input.BuyerReference))
        {
            if (LeitwegIds.LooksLikeOne(input.BuyerReference) && !LeitwegIds.IsValid(input.BuyerReference))
            {
                add(nameof(input.BuyerReference), S["'{0}' is not a valid Leitweg-ID: its check digits are wrong.", input.BuyerReference]);
            }
        }

        var hasAddress = !string.IsNullOrWhiteSpace(input.ElectronicAddress);
        var hasScheme = !string.IsNullOrWhiteSpace(input.ElectronicAddressScheme);
        if (hasAddress && !hasScheme)
        {
            add(nameof(input.ElectronicAddressScheme), S["Choose the scheme of the electronic address."]);
        }
        else if (hasScheme && !AddressSchemes.Contains(input.ElectronicAddressScheme!))
        {
            add(nameof(input.ElectronicAddressScheme), S["Choose a scheme from the list."]);
        }
        else if (hasAddress && input.ElectronicAddressScheme == "EM" && !IsEmail(input.ElectronicAddress!))
        {
            add(nameof(input.ElectronicAddress), S["'{0}' is not a valid email address.", input.ElectronicAddress!]);
        }
        else if (hasAddress && input.ElectronicAddressScheme == "0204" && !LeitwegIds.IsValid(input.ElectronicAddress!))
        {
            add(nameof(input.ElectronicAddress), S["'{0}' is not a valid Leitweg-ID: its check digits are wrong.", input.ElectronicAddress!]);
        }
        else if (!hasAddress && hasScheme)
        {
            add(nameof(input.ElectronicAddress), S["Enter the electronic address."]);
        }
    }

    private void ValidateOrganisation(CustomerInput input, Action<string, string> add)
    {
        if (!string.IsNullOrWhiteSpace(input.CompanyDetails.Website) && !IsWebsite(input.CompanyDetails.Website))
        {
            add("CompanyDetails.Website", S["Enter a web address such as www.example.de."]);
        }
    }

    private void ValidateCustomFields(CustomerInput input, IReadOnlyList<CustomFieldDefinition> fields, Action<string, string> add)
    {
        foreach (var key in input.CustomFields.Keys.Where(k => fields.All(f => f.Name != k)))
        {
            add($"CustomFields[{key}]", S["There is no custom field '{0}'.", key]);
        }

        foreach (var field in fields)
        {
            var key = $"CustomFields[{field.Name}]";
            var value = input.CustomFields.GetValueOrDefault(field.Name);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (field.Required)
                {
                    add(key, S["{0} is required.", field.Label]);
                }

                continue;
            }

            var valid = field.Type switch
            {
                CustomFieldType.Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
                CustomFieldType.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                CustomFieldType.YesNo => value is "true" or "false",
                CustomFieldType.Choice => field.Options.Contains(value),
                _ => value.Length <= 1000,
            };
            if (!valid)
            {
                add(key, field.Type switch
                {
                    CustomFieldType.Number => S["{0} must be a number.", field.Label],
                    CustomFieldType.Date => S["{0} must be a date.", field.Label],
                    CustomFieldType.Choice => S["Choose one of the values offered for {0}.", field.Label],
                    _ => S["{0} is too long.", field.Label],
                });
            }
        }
    }

    private string Message(InputViolation violation) => violation.Kind switch
    {
        InputViolationKind.TooLong => S["At most {0} characters.", violation.Limit],
        InputViolationKind.TooMany => S["At most {0} entries.", violation.Limit],
        InputViolationKind.UndefinedValue => S["Choose one of the values offered."],
        _ => S["Enter visible characters: a name cannot be made of invisible or control characters alone."],
    };

    internal static bool IsEmail(string value) =>
        MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && value.Contains('.', StringComparison.Ordinal);

    internal static bool IsWebsite(string value) =>
        Uri.TryCreate(value.Contains("://", StringComparison.Ordinal) ? value.Trim() : "https://" + value.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^[A-Za-z0-9+?/\-:().,' ]{1,35}$")]
    private static partial Regex MandateReference();
}
