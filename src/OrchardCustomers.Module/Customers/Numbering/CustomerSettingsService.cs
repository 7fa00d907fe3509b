using OrchardCustomers.Host.Settings;

namespace OrchardCustomers.Module.Customers.Numbering;

public sealed class CustomerSettingsService(SiteService site)
{
    public async Task<CustomerSettings> GetAsync(CancellationToken cancellationToken = default) =>
        (await site.GetAsync(cancellationToken)).GetSection<CustomerSettings>(CustomerSettings.SectionName);

    public async Task SaveAsync(CustomerSettings settings, CancellationToken cancellationToken = default)
    {
        var current = await site.GetAsync(cancellationToken);
        current.SetSection(CustomerSettings.SectionName, settings);
        await site.SaveAsync(current, cancellationToken);
    }
}
