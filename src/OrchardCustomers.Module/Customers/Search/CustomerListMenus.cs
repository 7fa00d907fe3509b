using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// The values the list's category and tag menus offer: read from the per-value totals the database triggers keep
/// (CustomerCategoryCounts, CustomerTagCounts), a few rows however many customers the tenant has.
/// </summary>
public sealed class CustomerListMenus(CrmDbContext db)
{
    /// <summary>A menu lists this many values at most; a longer one is not a menu any more.</summary>
    public const int MaxValues = 200;

    /// <summary>Every category a customer carries (active or archived), in order.</summary>
    public Task<List<string>> GetCategoriesAsync(CancellationToken cancellationToken = default) =>
        db.CustomerCategoryCounts.AsNoTracking().Where(c => c.Count > 0).Select(c => c.Category).OrderBy(c => c).Take(MaxValues).ToListAsync(cancellationToken);

    /// <summary>Every tag a customer carries, as its lower-case key, in order.</summary>
    public Task<List<string>> GetTagsAsync(CancellationToken cancellationToken = default) =>
        db.CustomerTagCounts.AsNoTracking().Where(t => t.Count > 0).Select(t => t.Tag).OrderBy(t => t).Take(MaxValues).ToListAsync(cancellationToken);
}
