namespace OrchardCustomers.Module.Customers;

public static class CustomersFeature
{
    public const string Id = "OrchardCustomers.Customers";

    /// <summary>The content type of a customer, as content handlers, the history and recipes name it.</summary>
    public const string ContentType = "Customer";
}
