using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Panel;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>A tab of the customer panel that shows the customer's sample code.</summary>
[Feature(SampleFeature.Id)]
public sealed class SamplePanelContributor(SampleTenant tenant, IStringLocalizer<SamplePanelContributor> S) : ICustomerPanelContributor
{
    public Task ContributeAsync(CustomerPanelContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<PanelFigure> facts = [new PanelFigure(S["Sample code"], SampleCodes.Get(tenant.Key, context.Customer.Id) ?? "–", 0)];
        context.Sections.Add(new CustomerPanelSection("sample", S["Sample"], PanelViews.Facts, facts, 90));
        return Task.CompletedTask;
    }
}
