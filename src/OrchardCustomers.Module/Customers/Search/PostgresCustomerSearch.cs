using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>PostgreSQL full-text search on the stored tsvector column, served by its GIN index.</summary>
public sealed class PostgresCustomerSearch(CrmDbContext db) : ICustomerSearch
{
    public IQueryable<Customer> Apply(IQueryable<Customer> customers, IReadOnlyList<IReadOnlyList<string>> terms) =>
        Matching(customers, FullTextQuery.ForPostgres(terms));

    public Task<long> CountMatchesAsync(IReadOnlyList<IReadOnlyList<string>> terms, CustomerStatus? status, CancellationToken cancellationToken) =>
        Matching(db.Customers.AsNoTracking(), status is { } only ? FullTextQuery.ForPostgres(terms, only) : FullTextQuery.ForPostgres(terms)).LongCountAsync(cancellationToken);

    private static IQueryable<Customer> Matching(IQueryable<Customer> customers, string query) =>
        customers.Where(c => EF.Property<NpgsqlTsVector>(c, PostgresCrmDbContext.SearchVector).Matches(EF.Functions.ToTsQuery("simple", query)));

    /// <summary>The planner combines the GIN index with the filters itself.</summary>
    public Task<long> CountAsync(IQueryable<Customer> customers, IReadOnlyList<IReadOnlyList<string>> terms, CancellationToken cancellationToken) =>
        Apply(customers, terms).LongCountAsync(cancellationToken);
}
