using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// Re-indexes the existing customers after a version that indexes more (<see cref="CustomerIndexer.SearchVersion"/>):
/// a migration cannot run the indexer, so it sets the <see cref="CustomerSearchRebuild"/> row back and this task
/// rewrites the search documents, a batch per transaction, in id order, and resumes where it stopped. The triggers
/// (SQLite FTS5) and the stored column (PostgreSQL tsvector) follow the document.
/// </summary>
[BackgroundTask(Schedule = "* * * * *", Title = "Rebuild the customer search", Description = "Re-indexes existing customers after an update that searches more fields.")]
public sealed class CustomerSearchRebuildTask(CrmDbContext db, TenantDatabase database, ILogger<CustomerSearchRebuildTask> logger) : IBackgroundTask
{
    public const int BatchSize = 500;

    // The task runs under a lock with a lease; a long rebuild continues on the next run.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public Task DoWorkAsync(IServiceProvider services, CancellationToken cancellationToken) => RunAsync(Budget, cancellationToken);

    /// <summary>Re-indexes batches until done or the budget is spent; true when every customer is indexed.</summary>
    public async Task<bool> RunAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var state = await db.CustomerSearchRebuilds.AsNoTracking().SingleOrDefaultAsync(cancellationToken)
                ?? new CustomerSearchRebuild { Version = CustomerIndexer.SearchVersion };
            if (state.Version >= CustomerIndexer.SearchVersion)
            {
                return true;
            }

            if (clock.Elapsed > budget)
            {
                return false;
            }

            await RebuildBatchAsync(state, cancellationToken);
        }
    }

    private async Task RebuildBatchAsync(CustomerSearchRebuild state, CancellationToken cancellationToken)
    {
        var afterId = state.DoneThroughId;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var customers = await db.Customers.AsNoTracking().Where(c => c.Id > afterId).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var customer in customers)
        {
            var old = customer.SearchText;
            CustomerIndexer.Index(customer);
            if (!string.Equals(old, customer.SearchText, StringComparison.Ordinal))
            {
                // Only the document: the version (the API's ETag) and the history stay, nothing the user sees changed.
                var text = customer.SearchText;
                changed += await db.Customers.Where(c => c.Id == customer.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.SearchText, text), cancellationToken);
            }
        }

        var done = customers.Count < BatchSize;
        var version = done ? CustomerIndexer.SearchVersion : state.Version;
        var through = done ? 0 : customers[^1].Id;
        await db.CustomerSearchRebuilds.Where(r => r.Id == CustomerSearchRebuild.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Version, version).SetProperty(r => r.DoneThroughId, through), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Re-indexed {Changed} of {Count} customers after id {AfterId} for search version {Version}", changed, customers.Count, afterId, CustomerIndexer.SearchVersion);
    }
}
