namespace OrchardCustomers.Module.Customers.Models;

/// <summary>
/// How many customers carry a category, kept by database triggers on every insert, delete and category change: the
/// list's category menu reads these few rows instead of every customer.
/// </summary>
public sealed class CustomerCategoryCount
{
    public string Category { get; set; } = "";

    public long Count { get; set; }
}
