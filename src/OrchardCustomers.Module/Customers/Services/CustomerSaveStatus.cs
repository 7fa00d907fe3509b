namespace OrchardCustomers.Module.Customers.Services;

public enum CustomerSaveStatus
{
    Saved,
    Invalid,
    Duplicates,
    Conflict,
    NotFound,
    ReadOnly,
    Blocked,
}
