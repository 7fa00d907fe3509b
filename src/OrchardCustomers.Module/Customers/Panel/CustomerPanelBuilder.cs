using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Panel;

/// <summary>Asks every enabled feature's contributors for their part of a customer's panel.</summary>
public sealed class CustomerPanelBuilder(IEnumerable<ICustomerPanelContributor> contributors, ShellFeaturesManager features)
{
    public async Task<CustomerPanelContext> BuildAsync(Customer customer, ClaimsPrincipal user, IUrlHelper url, CancellationToken cancellationToken)
    {
        var context = new CustomerPanelContext(customer, user, url);
        foreach (var contributor in await features.WhereEnabledAsync(contributors, cancellationToken))
        {
            await contributor.ContributeAsync(context, cancellationToken);
        }

        context.Sections.Sort((a, b) => a.Position.CompareTo(b.Position));
        context.Figures.Sort((a, b) => a.Position.CompareTo(b.Position));
        context.Actions.Sort((a, b) => a.Position.CompareTo(b.Position));
        return context;
    }
}
