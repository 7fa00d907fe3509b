using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;

namespace OrchardCustomers.Module.Customers.Panel;

[Feature(CustomersFeature.Id)]
public sealed class ContactsPanelContributor(IStringLocalizer<ContactsPanelContributor> S) : ICustomerPanelContributor
{
    public Task ContributeAsync(CustomerPanelContext context, CancellationToken cancellationToken)
    {
        context.Sections.Add(new CustomerPanelSection("contacts", S["Contacts ({0})", context.Customer.Contacts.Count], PanelViews.Contacts,
            new ContactsSectionModel(context.Customer.Contacts, context.Customer.Addresses.FirstOrDefault(a => !a.IsEmpty)?.Country ?? "DE"), 10));
        return Task.CompletedTask;
    }
}
