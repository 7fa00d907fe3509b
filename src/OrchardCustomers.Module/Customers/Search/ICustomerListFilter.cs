using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// A filter another feature adds to the customer list: a query-string parameter with a fixed set of choices, shown
/// as a select beside the built-in filters. Mark the class with its feature: it disappears where the feature is
/// disabled, and its parameter is then ignored.
/// </summary>
public interface ICustomerListFilter
{
    /// <summary>The query-string parameter; must not be one of the list's own (q, status, kind, category, tag ...).</summary>
    string Key { get; }

    string Label { get; }

    int Position { get; }

    Task<IReadOnlyList<CustomerListFilterChoice>> GetChoicesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Narrows the query to the customers the choice means, in the database: a predicate on the customer, or a
    /// lookup of ids (e.g. <c>customers.Where(c => ids.Contains(c.Id))</c>). Only called with one of the choices.
    /// </summary>
    Task<IQueryable<Customer>> ApplyAsync(IQueryable<Customer> customers, string value, CancellationToken cancellationToken);
}
