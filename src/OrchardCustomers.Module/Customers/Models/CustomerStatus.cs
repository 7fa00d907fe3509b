namespace OrchardCustomers.Module.Customers.Models;

public enum CustomerStatus
{
    Active,
    Archived,
}
