namespace OrchardCustomers.Module.Customers.Models;

/// <summary>
/// How many customers have a status, kept by database triggers on every insert, delete and status change: the
/// unfiltered list's total without counting a million rows.
/// </summary>
public sealed class CustomerStatusCount
{
    public CustomerStatus Status { get; set; }

    public long Count { get; set; }
}
