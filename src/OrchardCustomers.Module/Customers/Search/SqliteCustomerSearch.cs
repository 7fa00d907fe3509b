using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>SQLite FTS5: the CustomerSearch table mirrors Customers.SearchText through triggers.</summary>
public sealed class SqliteCustomerSearch(CrmDbContext db) : ICustomerSearch
{
    public IQueryable<Customer> Apply(IQueryable<Customer> customers, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        var match = FullTextQuery.ForSqlite(terms);
        var hits = db.Database.SqlQuery<long>($"""SELECT rowid AS "Value" FROM "CustomerSearch" WHERE "CustomerSearch" MATCH {match}""");
        return customers.Where(c => hits.Contains(c.Id));
    }
}
