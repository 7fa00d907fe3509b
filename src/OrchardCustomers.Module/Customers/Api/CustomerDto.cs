using System.Text.Json;
using System.Text.Json.Serialization;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Api;

/// <summary>A customer as the API answers it. The field names are stable: scripts depend on them.</summary>
public sealed record CustomerDto
{
    public long Id { get; init; }

    /// <summary>
    /// Only in the answer to a save, and only when there is something to say (e.g. the DATEV debtor range is used up, so
    /// the customer was saved without a debtor number): the customer is saved, but someone should act.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }

    public int Version { get; init; }

    public string Number { get; init; } = "";

    public int? DebtorNumber { get; init; }

    public CustomerKind Kind { get; init; }

    public CustomerStatus Status { get; init; }

    public bool IsReadOnly { get; init; }

    public string DisplayName { get; init; } = "";

    public string? CompanyName { get; init; }

    public Salutation Salutation { get; init; }

    public string? Title { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>The first is the primary address.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    public string? BillingEmail { get; init; }

    public IReadOnlyList<Phone> Phones { get; init; } = [];

    public string? Website { get; init; }

    public IReadOnlyList<Address> Addresses { get; init; } = [];

    public string? TaxNumber { get; init; }

    public string? VatId { get; init; }

    public BillingPart Billing { get; init; } = new();

    public EInvoicingPart EInvoicing { get; init; } = new();

    public string? Category { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? AccountManagerId { get; init; }

    public CompanyDetails? CompanyDetails { get; init; }

    public IReadOnlyList<ContactPerson> Contacts { get; init; } = [];

    public LocationPart? Location { get; init; }

    public IReadOnlyDictionary<string, JsonElement> CustomFields { get; init; } = new Dictionary<string, JsonElement>();

    public DateTime CreatedUtc { get; init; }

    public DateTime ModifiedUtc { get; init; }

    public DateTime? ArchivedUtc { get; init; }

    public static CustomerDto From(Customer c) => new()
    {
        Id = c.Id,
        Version = c.Version,
        Number = c.Number,
        DebtorNumber = c.DebtorNumber,
        Kind = c.Kind,
        Status = c.Status,
        IsReadOnly = c.IsReadOnly,
        DisplayName = c.DisplayName,
        CompanyName = c.Name.CompanyName,
        Salutation = c.Name.Salutation,
        Title = c.Name.Title,
        FirstName = c.Name.FirstName,
        LastName = c.Name.LastName,
        Emails = c.Contact.Emails,
        BillingEmail = c.Contact.BillingEmail,
        Phones = c.Contact.Phones,
        Website = c.Contact.Website,
        Addresses = c.Addresses,
        TaxNumber = c.Tax.TaxNumber,
        VatId = c.Tax.VatId,
        Billing = c.Billing,
        EInvoicing = c.EInvoicing,
        Category = c.Organisation.Category,
        Tags = c.Organisation.Tags,
        AccountManagerId = c.Organisation.AccountManagerId,
        CompanyDetails = c.Organisation.CompanyDetails,
        Contacts = c.Contacts,
        Location = c.Location,
        CustomFields = c.CustomFields,
        CreatedUtc = DateTime.SpecifyKind(c.CreatedUtc, DateTimeKind.Utc),
        ModifiedUtc = DateTime.SpecifyKind(c.ModifiedUtc, DateTimeKind.Utc),
        ArchivedUtc = c.ArchivedUtc is { } archived ? DateTime.SpecifyKind(archived, DateTimeKind.Utc) : null,
    };
}
