namespace OrchardCustomers.Module.Customers.Search;

public enum CustomerSort
{
    Name,
    Email,
    Number,
    Created,
}
