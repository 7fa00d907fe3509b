using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Module.Customers.Permissions;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Panel;

[Feature(CustomersFeature.Id)]
public sealed class NotesPanelContributor(CrmDbContext db, PermissionService permissions, IStringLocalizer<NotesPanelContributor> S) : ICustomerPanelContributor
{
    public async Task ContributeAsync(CustomerPanelContext context, CancellationToken cancellationToken)
    {
        var notes = await db.CustomerNotes.AsNoTracking().Where(n => n.CustomerId == context.Customer.Id)
            .OrderByDescending(n => n.CreatedUtc).ToListAsync(cancellationToken);
        var canEdit = await permissions.IsGrantedAsync(context.User, CustomerPermissions.EditCustomers, cancellationToken);
        context.Sections.Add(new CustomerPanelSection("notes", S["Notes ({0})", notes.Count], PanelViews.Notes, new NotesSectionModel(context.Customer.Id, notes, canEdit), 20));
    }
}
