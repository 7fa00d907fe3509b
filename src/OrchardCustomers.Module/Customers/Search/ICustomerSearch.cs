using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>Narrows a customer query to the full-text matches of a search, in the tenant database's own engine.</summary>
public interface ICustomerSearch
{
    IQueryable<Customer> Apply(IQueryable<Customer> customers, IReadOnlyList<IReadOnlyList<string>> terms);

    /// <summary>
    /// How many customers with the status (null: any) match, answered by the full-text index alone: the status is a
    /// word of every search document.
    /// </summary>
    Task<long> CountMatchesAsync(IReadOnlyList<IReadOnlyList<string>> terms, CustomerStatus? status, CancellationToken cancellationToken);

    /// <summary>How many of the customers match, in the shape that is cheapest for the engine (the list's total).</summary>
    Task<long> CountAsync(IQueryable<Customer> customers, IReadOnlyList<IReadOnlyList<string>> terms, CancellationToken cancellationToken);
}
