namespace OrchardCustomers.Module.Customers.Search;

public enum CustomerStatusFilter
{
    Active,
    Archived,
    All,
}
