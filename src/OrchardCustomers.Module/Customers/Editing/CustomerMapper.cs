using System.Text.Json;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Validation;

namespace OrchardCustomers.Module.Customers.Editing;

/// <summary>Puts a validated input onto a customer's parts, normalised, and reads a customer back into an input.</summary>
public static class CustomerMapper
{
    public static void Apply(Customer customer, CustomerInput input, IReadOnlyList<CustomFieldDefinition> fields)
    {
        var company = input.Kind == CustomerKind.Company;
        customer.Kind = input.Kind;
        customer.IsReadOnly = input.IsReadOnly;
        customer.Name = new NamePart
        {
            CompanyName = company ? Clean(input.CompanyName) : null,
            Salutation = company ? Salutation.None : input.Salutation,
            Title = company ? null : Clean(input.Title),
            FirstName = company ? null : Clean(input.FirstName),
            LastName = company ? null : Clean(input.LastName),
        };

        var addresses = input.Addresses.Where(a => !a.IsEmpty).Select(a => new Address
        {
            Type = a.Type,
            Street = Clean(a.Street),
            Extra = Clean(a.Extra),
            PostalCode = Clean(a.PostalCode)?.ToUpperInvariant(),
            City = Clean(a.City),
            Country = (Clean(a.Country) ?? "DE").ToUpperInvariant(),
            IsDefaultBilling = a.IsDefaultBilling,
        }).ToList();
        if (!addresses.Any(a => a.Type == AddressType.Recipient))
        {
            // Every customer has a recipient address, if only an empty one to fill in later.
            addresses.Insert(0, new Address { Type = AddressType.Recipient, Country = addresses.FirstOrDefault()?.Country ?? "DE" });
        }

        customer.Addresses = addresses;
        var country = addresses.FirstOrDefault(a => !a.IsEmpty)?.Country ?? "DE";

        customer.Contact = new ContactChannelsPart
        {
            Emails = [.. input.Emails.Select(Clean).OfType<string>().DistinctBy(e => e.ToLowerInvariant())],
            BillingEmail = Clean(input.BillingEmail),
            Phones = [.. input.Phones.Where(p => !string.IsNullOrWhiteSpace(p.Number)).Select(p => new Phone(p.Type, p.Number!.Trim(), PhoneNumberNormalizer.ToE164(p.Number, country)))],
            Website = Website(input.Website),
        };

        customer.Tax = new TaxPart
        {
            TaxNumber = Clean(input.TaxNumber),
            VatId = string.IsNullOrWhiteSpace(input.VatId) ? null : VatIds.Normalize(input.VatId),
        };

        var sepa = input.Sepa;
        var hasSepa = input.PaymentMethod == PaymentMethod.SepaDirectDebit || !string.IsNullOrWhiteSpace(sepa.Iban);
        customer.Billing = new BillingPart
        {
            Language = input.Language,
            Currency = input.Currency.ToUpperInvariant(),
            PaymentTermDays = input.PaymentTermDays,
            PaymentMethod = input.PaymentMethod,
            Sepa = hasSepa
                ? new SepaMandate
                {
                    Iban = string.IsNullOrWhiteSpace(sepa.Iban) ? null : Ibans.Normalize(sepa.Iban),
                    Bic = string.IsNullOrWhiteSpace(sepa.Bic) ? null : Bics.Normalize(sepa.Bic),
                    MandateReference = Clean(sepa.MandateReference),
                    MandateDate = sepa.MandateDate,
                    Scheme = sepa.Scheme,
                }
                : null,
        };

        customer.EInvoicing = new EInvoicingPart
        {
            BuyerReference = Clean(input.BuyerReference),
            ElectronicAddress = Clean(input.ElectronicAddress),
            ElectronicAddressScheme = Clean(input.ElectronicAddressScheme),
        };

        var details = input.CompanyDetails;
        customer.Organisation = new OrganisationPart
        {
            Category = Clean(input.Category),
            Tags = [.. input.Tags.Select(Clean).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
            AccountManagerId = Clean(input.AccountManagerId),
            CompanyDetails = Clean(details.CompanyName) is null && Clean(details.Website) is null && Clean(details.ContactInformation) is null
                ? null
                : new CompanyDetails { CompanyName = Clean(details.CompanyName), Website = Website(details.Website), ContactInformation = Clean(details.ContactInformation) },
        };

        customer.Contacts = [.. input.Contacts.Where(c => !c.IsEmpty).Select(c => new ContactPerson
        {
            Id = c.Id ?? Guid.NewGuid(),
            Salutation = c.Salutation,
            FirstName = Clean(c.FirstName),
            LastName = Clean(c.LastName) ?? "",
            Position = Clean(c.Position),
            Emails = [.. c.Emails.Select(Clean).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
            Phones = [.. c.Phones.Where(p => !string.IsNullOrWhiteSpace(p.Number)).Select(p => new Phone(p.Type, p.Number!.Trim(), PhoneNumberNormalizer.ToE164(p.Number, country)))],
            MailRoles = (c.ReceivesInvoices ? MailRoles.Invoices : 0) | (c.ReceivesReminders ? MailRoles.Reminders : 0) | (c.ReceivesStatements ? MailRoles.Statements : 0),
        })];

        customer.Location = input.Latitude is { } lat && input.Longitude is { } lon ? new LocationPart(lat, lon) : null;
        customer.CustomFields = fields
            .Where(f => !string.IsNullOrWhiteSpace(input.CustomFields.GetValueOrDefault(f.Name)))
            .ToDictionary(f => f.Name, f => CustomFieldValues.ToJson(f.Type, input.CustomFields[f.Name]!));
    }

    public static CustomerInput ToInput(Customer customer) => new()
    {
        Kind = customer.Kind,
        CompanyName = customer.Name.CompanyName,
        Salutation = customer.Name.Salutation,
        Title = customer.Name.Title,
        FirstName = customer.Name.FirstName,
        LastName = customer.Name.LastName,
        DebtorNumber = customer.DebtorNumber,
        Emails = [.. customer.Contact.Emails],
        BillingEmail = customer.Contact.BillingEmail,
        Phones = [.. customer.Contact.Phones.Select(p => new PhoneInput { Type = p.Type, Number = p.Number })],
        Website = customer.Contact.Website,
        Addresses = [.. customer.Addresses.Select(a => new AddressInput
        {
            Type = a.Type, Street = a.Street, Extra = a.Extra, PostalCode = a.PostalCode, City = a.City, Country = a.Country, IsDefaultBilling = a.IsDefaultBilling,
        })],
        TaxNumber = customer.Tax.TaxNumber,
        VatId = customer.Tax.VatId,
        Language = customer.Billing.Language,
        Currency = customer.Billing.Currency,
        PaymentTermDays = customer.Billing.PaymentTermDays,
        PaymentMethod = customer.Billing.PaymentMethod,
        Sepa = customer.Billing.Sepa is { } sepa
            ? new SepaInput { Iban = sepa.Iban, Bic = sepa.Bic, MandateReference = sepa.MandateReference, MandateDate = sepa.MandateDate, Scheme = sepa.Scheme }
            : new SepaInput(),
        BuyerReference = customer.EInvoicing.BuyerReference,
        ElectronicAddress = customer.EInvoicing.ElectronicAddress,
        ElectronicAddressScheme = customer.EInvoicing.ElectronicAddressScheme,
        Category = customer.Organisation.Category,
        Tags = [.. customer.Organisation.Tags],
        AccountManagerId = customer.Organisation.AccountManagerId,
        CompanyDetails = new CompanyDetailsInput
        {
            CompanyName = customer.Organisation.CompanyDetails?.CompanyName,
            Website = customer.Organisation.CompanyDetails?.Website,
            ContactInformation = customer.Organisation.CompanyDetails?.ContactInformation,
        },
        Contacts = [.. customer.Contacts.Select(c => new ContactInput
        {
            Id = c.Id, Salutation = c.Salutation, FirstName = c.FirstName, LastName = c.LastName, Position = c.Position,
            Emails = [.. c.Emails], Phones = [.. c.Phones.Select(p => new PhoneInput { Type = p.Type, Number = p.Number })],
            ReceivesInvoices = c.MailRoles.HasFlag(MailRoles.Invoices),
            ReceivesReminders = c.MailRoles.HasFlag(MailRoles.Reminders),
            ReceivesStatements = c.MailRoles.HasFlag(MailRoles.Statements),
        })],
        Latitude = customer.Location?.Latitude,
        Longitude = customer.Location?.Longitude,
        CustomFields = customer.CustomFields.ToDictionary(f => f.Key, f => (string?)CustomFieldValues.ToText(f.Value)),
        IsReadOnly = customer.IsReadOnly,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Website(string? value) =>
        Clean(value) is { } site ? (site.Contains("://", StringComparison.Ordinal) ? site : "https://" + site) : null;

    internal static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);
}
