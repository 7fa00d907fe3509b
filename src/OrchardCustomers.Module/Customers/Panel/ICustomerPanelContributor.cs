namespace OrchardCustomers.Module.Customers.Panel;

/// <summary>
/// Adds to a customer's side panel: a section (a tab), figures at the top, actions in its bar. Later features
/// (invoices, quotes, projects, reminders) contribute this way, and the customer code never knows them.
/// Mark the class with its feature: it disappears where that feature is disabled.
/// </summary>
public interface ICustomerPanelContributor
{
    Task ContributeAsync(CustomerPanelContext context, CancellationToken cancellationToken);
}
