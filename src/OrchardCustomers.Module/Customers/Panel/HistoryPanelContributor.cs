using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Panel;

[Feature(CustomersFeature.Id)]
public sealed class HistoryPanelContributor(CrmDbContext db, IStringLocalizer<HistoryPanelContributor> S) : ICustomerPanelContributor
{
    public async Task ContributeAsync(CustomerPanelContext context, CancellationToken cancellationToken)
    {
        var entries = await db.Activities.AsNoTracking().Where(a => a.ContentType == CustomersFeature.ContentType && a.ContentItemId == context.Customer.Id)
            .OrderByDescending(a => a.OccurredUtc).ThenByDescending(a => a.Id).Take(100).ToListAsync(cancellationToken);
        context.Sections.Add(new CustomerPanelSection("history", S["History"], PanelViews.History, entries, 90));
    }
}
