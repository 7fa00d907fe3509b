namespace OrchardCustomers.Module.Customers.Models;

public enum CustomerKeyKind
{
    Email = 1,
    VatId = 2,
    Iban = 3,
    PostalCode = 4,
    Tag = 5,
}
