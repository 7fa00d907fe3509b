using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Shared.Files;

namespace OrchardCustomers.Module.Customers.Deletion;

[Feature(CustomersFeature.Id)]
public sealed class FilesDeletionRule(ContentFileStore files, IStringLocalizer<FilesDeletionRule> S) : ICustomerDeletionRule
{
    public async Task<string?> GetBlockingReasonAsync(Customer customer, CancellationToken cancellationToken)
    {
        var count = await files.CountAsync(CustomersFeature.ContentType, customer.Id, cancellationToken);
        return count == 0 ? null : count == 1 ? S["It has a file."].Value : S["It has {0} files.", count].Value;
    }
}
