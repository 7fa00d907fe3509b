using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Module.Shared.Files;
using OrchardCustomers.Module.Customers.Permissions;

namespace OrchardCustomers.Module.Customers.Panel;

[Feature(CustomersFeature.Id)]
public sealed class FilesPanelContributor(
    ContentFileStore store,
    PermissionService permissions,
    IOptions<FileStorageOptions> options,
    IStringLocalizer<FilesPanelContributor> S) : ICustomerPanelContributor
{
    public async Task ContributeAsync(CustomerPanelContext context, CancellationToken cancellationToken)
    {
        var files = (await store.ListAsync(CustomersFeature.ContentType, context.Customer.Id, cancellationToken))
            .Select(f => new FileRow(f.Id, f.FileName, f.MediaType, f.Length, f.UploadedBy, f.UploadedUtc))
            .ToList();
        var canEdit = await permissions.IsGrantedAsync(context.User, CustomerPermissions.EditCustomers, cancellationToken);
        context.Sections.Add(new CustomerPanelSection("files", S["Files ({0})", files.Count], PanelViews.Files,
            new FilesSectionModel(context.Customer.Id, files, canEdit, options.Value.MaxBytes), 30));
    }
}
