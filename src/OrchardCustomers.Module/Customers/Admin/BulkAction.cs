namespace OrchardCustomers.Module.Customers.Admin;

public enum BulkAction
{
    Archive,
    Restore,
    SetCategory,
    Delete,
}
