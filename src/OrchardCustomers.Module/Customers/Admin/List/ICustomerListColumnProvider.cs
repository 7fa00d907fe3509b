namespace OrchardCustomers.Module.Customers.Admin.List;

/// <summary>
/// Offers columns for the customer list. Mark the class with its feature: its columns disappear where the feature is
/// disabled (a column chosen earlier then simply drops out of the list's URL and cookie).
/// </summary>
public interface ICustomerListColumnProvider
{
    /// <summary>Providers are asked in ascending position; the chooser lists their columns in that order.</summary>
    int Position { get; }

    Task<IReadOnlyList<CustomerListColumn>> GetColumnsAsync(CancellationToken cancellationToken);
}
