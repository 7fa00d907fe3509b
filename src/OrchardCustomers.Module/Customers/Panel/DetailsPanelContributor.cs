using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Deletion;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Permissions;
using OrchardCustomers.Module.Shared.Files;

namespace OrchardCustomers.Module.Customers.Panel;

/// <summary>The customer's data, and the panel's own actions: edit, archive or restore, delete.</summary>
[Feature(CustomersFeature.Id)]
public sealed class DetailsPanelContributor(
    CustomFieldService customFields,
    UserManager<User> users,
    ContentFileStore files,
    PermissionService permissions,
    DeletionGuard deletion,
    IStringLocalizer<DetailsPanelContributor> S) : ICustomerPanelContributor
{
    public async Task ContributeAsync(CustomerPanelContext context, CancellationToken cancellationToken)
    {
        var customer = context.Customer;
        var manager = customer.Organisation.AccountManagerId is { } id ? (await users.FindByIdAsync(id))?.UserName : null;
        var hasPicture = await files.HasPictureAsync(CustomersFeature.ContentType, customer.Id, cancellationToken);
        context.Sections.Add(new CustomerPanelSection("details", S["Details"], PanelViews.Details,
            new DetailsSectionModel(customer, await customFields.GetAllAsync(cancellationToken), manager, hasPicture), 0));

        var canEdit = await permissions.IsGrantedAsync(context.User, CustomerPermissions.EditCustomers, cancellationToken)
            && (!customer.IsReadOnly || await permissions.IsGrantedAsync(context.User, CustomerPermissions.EditReadOnlyCustomers, cancellationToken));
        var url = context.Url;
        if (canEdit)
        {
            context.Actions.Add(new PanelAction(S["Edit"], url.Content($"~/Admin/Customers/{customer.Id}/Edit"), false, "panel-edit", 0));
            context.Actions.Add(customer.Status == CustomerStatus.Active
                ? new PanelAction(S["Archive"], url.Content($"~/Admin/Customers/{customer.Id}/Archive"), true, "panel-archive", 10)
                : new PanelAction(S["Restore"], url.Content($"~/Admin/Customers/{customer.Id}/Restore"), true, "panel-restore", 10));
        }

        if (await permissions.IsGrantedAsync(context.User, CustomerPermissions.DeleteCustomers, cancellationToken))
        {
            // The same rules the delete itself applies, asked before anyone confirms: a refusal after "Yes, delete"
            // would be the first the user hears of it.
            var reasons = new List<string>();
            if (customer.IsReadOnly && !await permissions.IsGrantedAsync(context.User, CustomerPermissions.EditReadOnlyCustomers, cancellationToken))
            {
                reasons.Add(S["It is read-only."]);
            }

            reasons.AddRange(await deletion.GetBlockingReasonsAsync(customer, cancellationToken));
            var refusal = reasons.Count == 0
                ? null
                : customer.Status == CustomerStatus.Active && canEdit
                    ? S["This customer cannot be deleted: {0} Archive it instead: it disappears from the list and keeps its history.", string.Join(" ", reasons)].Value
                    : S["This customer cannot be deleted: {0}", string.Join(" ", reasons)].Value;
            context.Actions.Add(new PanelAction(S["Delete"], url.Content($"~/Admin/Customers/{customer.Id}/Delete"), true, "panel-delete", 100,
                S["Delete {0} for good? This cannot be undone.", customer.DisplayName], IsDanger: true,
                ConfirmTitle: S["Delete customer"], ConfirmButton: S["Delete"], DisabledReason: refusal));
        }
    }
}
