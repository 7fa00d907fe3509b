namespace OrchardCustomers.Module.Customers.Models;

public enum CustomerKind
{
    Person,
    Company,
}
