using OrchardCustomers.Host.Limits;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Editing;

/// <summary>
/// What a user or a script may set on a customer: the admin form binds it, the API reads it as JSON (camelCase), the
/// content recipe step maps Orchard's parts onto it. Numbers, status and dates are the system's to set.
/// </summary>
public sealed class CustomerInput
{
    public CustomerKind Kind { get; set; } = CustomerKind.Company;

    [MaxChars(CustomerLimits.CompanyName)]
    [VisibleText]
    public string? CompanyName { get; set; }

    public Salutation Salutation { get; set; }

    [MaxChars(CustomerLimits.Title)]
    [VisibleText]
    public string? Title { get; set; }

    [MaxChars(CustomerLimits.FirstName)]
    [VisibleText]
    public string? FirstName { get; set; }

    [MaxChars(CustomerLimits.LastName)]
    [VisibleText]
    public string? LastName { get; set; }

    /// <summary>Empty: the next number of the DATEV debtor range is taken.</summary>
    public int? DebtorNumber { get; set; }

    /// <summary>The first is the primary address.</summary>
    [MaxItems(CustomerLimits.Emails)]
    [MaxChars(CustomerLimits.Email)]
    public List<string> Emails { get; set; } = [];

    [MaxChars(CustomerLimits.Email)]
    public string? BillingEmail { get; set; }

    [MaxItems(CustomerLimits.Phones)]
    public List<PhoneInput> Phones { get; set; } = [];

    [MaxChars(CustomerLimits.Website)]
    public string? Website { get; set; }

    [MaxItems(CustomerLimits.Addresses)]
    public List<AddressInput> Addresses { get; set; } = [];

    [MaxChars(CustomerLimits.TaxNumber)]
    public string? TaxNumber { get; set; }

    [MaxChars(CustomerLimits.VatId)]
    public string? VatId { get; set; }

    [MaxChars(CustomerLimits.Language)]
    public string Language { get; set; } = "de";

    [MaxChars(CustomerLimits.Currency)]
    public string Currency { get; set; } = "EUR";

    public int PaymentTermDays { get; set; } = 14;

    public PaymentMethod PaymentMethod { get; set; } = PaymentMethod.BankTransfer;

    public SepaInput Sepa { get; set; } = new();

    [MaxChars(CustomerLimits.BuyerReference)]
    public string? BuyerReference { get; set; }

    [MaxChars(CustomerLimits.ElectronicAddress)]
    public string? ElectronicAddress { get; set; }

    [MaxChars(CustomerLimits.ElectronicAddressScheme)]
    public string? ElectronicAddressScheme { get; set; }

    [MaxChars(CustomerLimits.Category)]
    public string? Category { get; set; }

    [MaxItems(CustomerLimits.Tags)]
    [MaxChars(CustomerLimits.Tag)]
    public List<string> Tags { get; set; } = [];

    [MaxChars(CustomerLimits.UserId)]
    public string? AccountManagerId { get; set; }

    public CompanyDetailsInput CompanyDetails { get; set; } = new();

    [MaxItems(CustomerLimits.Contacts)]
    public List<ContactInput> Contacts { get; set; } = [];

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Custom field values as text: numbers with a dot, dates as yyyy-MM-dd, yes/no as true/false.</summary>
    [MaxItems(CustomerLimits.CustomFields)]
    [MaxChars(CustomerLimits.CustomFieldValue)]
    [MultiLine]
    public Dictionary<string, string?> CustomFields { get; set; } = [];

    public bool IsReadOnly { get; set; }
}
