namespace OrchardCustomers.Module.Customers.Models;

public enum SepaScheme
{
    Core,
    B2B,
}
