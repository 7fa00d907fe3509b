namespace OrchardCustomers.Module.Customers.Editing;

/// <summary>
/// The one table of how long a customer's texts and how long its lists may be. The input models carry these as
/// attributes, which the validator enforces for the form, the API and recipes alike and the OpenAPI document states;
/// the database columns are sized from the same numbers.
/// </summary>
public static class CustomerLimits
{
    public const int CompanyName = 200;
    public const int Title = 50;
    public const int FirstName = 200;
    public const int LastName = 200;

    /// <summary>A person's display name is "Last, First".</summary>
    public const int DisplayName = LastName + 2 + FirstName;

    public const int Position = 100;

    /// <summary>RFC 5321's limit of a forward path.</summary>
    public const int Email = 254;
    public const int Phone = 40;
    public const int Website = 500;

    public const int Street = 200;
    public const int AddressExtra = 200;
    public const int PostalCode = 20;
    public const int City = 100;
    public const int Country = 2;

    public const int TaxNumber = 30;
    public const int VatId = 30;
    public const int Language = 5;
    public const int Currency = 3;
    public const int Iban = 42;
    public const int Bic = 15;
    public const int MandateReference = 35;
    public const int BuyerReference = 100;
    public const int ElectronicAddress = 254;
    public const int ElectronicAddressScheme = 10;

    public const int Category = 100;
    public const int Tag = 50;
    public const int UserId = 64;
    public const int ContactInformation = 4000;
    public const int CustomFieldValue = 1000;

    public const int Emails = 10;
    public const int Phones = 10;
    public const int Addresses = 20;
    public const int Tags = 30;
    public const int Contacts = 50;
    public const int ContactEmails = 5;
    public const int ContactPhones = 5;
    public const int CustomFields = 100;
}
