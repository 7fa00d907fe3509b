using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Deletion;

/// <summary>
/// Says why a customer cannot be deleted, if it cannot: something still refers to it. Features that refer to
/// customers (invoices, quotes, payments) add their own rule; mark it with the feature it belongs to.
/// </summary>
public interface ICustomerDeletionRule
{
    /// <returns>A reason the user can act on, or null when this rule has no objection.</returns>
    Task<string?> GetBlockingReasonAsync(Customer customer, CancellationToken cancellationToken);
}
