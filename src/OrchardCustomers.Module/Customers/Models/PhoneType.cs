namespace OrchardCustomers.Module.Customers.Models;

public enum PhoneType
{
    Mobile,
    Office,
    Home,
    Fax,
    Other,
}
