using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Editing;

/// <summary>
/// What a user or a script may set on a customer: the admin form binds it, the API reads it as JSON (camelCase), the
/// content recipe step maps Orchard's parts onto it. Numbers, status and dates are the system's to set.
/// </summary>
public sealed class CustomerInput
{
    public CustomerKind Kind { get; set; } = CustomerKind.Company;

    public string? CompanyName { get; set; }

    public Salutation Salutation { get; set; }

    public string? Title { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>Empty: the next number of the DATEV debtor range is taken.</summary>
    public int? DebtorNumber { get; set; }

    /// <summary>The first is the primary address.</summary>
    public List<string> Emails { get; set; } = [];

    public string? BillingEmail { get; set; }

    public List<PhoneInput> Phones { get; set; } = [];

    public string? Website { get; set; }

    public List<AddressInput> Addresses { get; set; } = [];

    public string? TaxNumber { get; set; }

    public string? VatId { get; set; }

    public string Language { get; set; } = "de";

    public string Currency { get; set; } = "EUR";

    public int PaymentTermDays { get; set; } = 14;

    public PaymentMethod PaymentMethod { get; set; } = PaymentMethod.BankTransfer;

    public SepaInput Sepa { get; set; } = new();

    public string? BuyerReference { get; set; }

    public string? ElectronicAddress { get; set; }

    public string? ElectronicAddressScheme { get; set; }

    public string? Category { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? AccountManagerId { get; set; }

    public CompanyDetailsInput CompanyDetails { get; set; } = new();

    public List<ContactInput> Contacts { get; set; } = [];

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Custom field values as text: numbers with a dot, dates as yyyy-MM-dd, yes/no as true/false.</summary>
    public Dictionary<string, string?> CustomFields { get; set; } = [];

    public bool IsReadOnly { get; set; }
}
