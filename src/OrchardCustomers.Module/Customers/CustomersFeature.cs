namespace OrchardCustomers.Module.Customers;

public static class CustomersFeature
{
    public const string Id = "OrchardCustomers.Customers";
}
