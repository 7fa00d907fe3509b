using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Deletion;

[Feature(CustomersFeature.Id)]
public sealed class NotesDeletionRule(CrmDbContext db, IStringLocalizer<NotesDeletionRule> S) : ICustomerDeletionRule
{
    public async Task<string?> GetBlockingReasonAsync(Customer customer, CancellationToken cancellationToken)
    {
        var count = await db.CustomerNotes.CountAsync(n => n.CustomerId == customer.Id, cancellationToken);
        return count == 0 ? null : count == 1 ? S["It has a note."].Value : S["It has {0} notes.", count].Value;
    }
}
