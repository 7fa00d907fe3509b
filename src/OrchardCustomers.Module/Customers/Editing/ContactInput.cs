using OrchardCustomers.Host.Limits;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Editing;

public sealed class ContactInput
{
    public Guid? Id { get; set; }

    public Salutation Salutation { get; set; }

    [MaxChars(CustomerLimits.FirstName)]
    [VisibleText]
    public string? FirstName { get; set; }

    [MaxChars(CustomerLimits.LastName)]
    [VisibleText]
    public string? LastName { get; set; }

    [MaxChars(CustomerLimits.Position)]
    [VisibleText]
    public string? Position { get; set; }

    [MaxItems(CustomerLimits.ContactEmails)]
    [MaxChars(CustomerLimits.Email)]
    public List<string?> Emails { get; set; } = [];

    [MaxItems(CustomerLimits.ContactPhones)]
    public List<PhoneInput> Phones { get; set; } = [];

    public bool ReceivesInvoices { get; set; }

    public bool ReceivesReminders { get; set; }

    public bool ReceivesStatements { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName) && string.IsNullOrWhiteSpace(Position)
        && Emails.All(string.IsNullOrWhiteSpace) && Phones.All(p => string.IsNullOrWhiteSpace(p.Number));

    /// <summary>Drops the empty email and phone slots the form always offers.</summary>
    public void DropEmptySlots()
    {
        Emails = [.. Emails.Where(e => !string.IsNullOrWhiteSpace(e))];
        Phones = [.. Phones.Where(p => !string.IsNullOrWhiteSpace(p.Number))];
    }
}
