namespace OrchardCustomers.Module.Customers.Models;

/// <summary>The mail a contact person receives on the customer's behalf.</summary>
[Flags]
public enum MailRoles
{
    None = 0,
    Invoices = 1,
    Reminders = 2,
    Statements = 4,
}
