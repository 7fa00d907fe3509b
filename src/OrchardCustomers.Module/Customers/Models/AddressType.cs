namespace OrchardCustomers.Module.Customers.Models;

public enum AddressType
{
    Recipient,
    Billing,
    Delivery,
}
