namespace OrchardCustomers.Module.Customers.Models;

public enum Salutation
{
    None,
    Mr,
    Ms,
    Diverse,
}
