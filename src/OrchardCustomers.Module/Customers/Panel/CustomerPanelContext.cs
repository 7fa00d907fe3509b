using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Module.Customers.Models;

namespace OrchardCustomers.Module.Customers.Panel;

public sealed class CustomerPanelContext(Customer customer, ClaimsPrincipal user, IUrlHelper url)
{
    public Customer Customer { get; } = customer;

    public ClaimsPrincipal User { get; } = user;

    public IUrlHelper Url { get; } = url;

    public List<CustomerPanelSection> Sections { get; } = [];

    public List<PanelFigure> Figures { get; } = [];

    public List<PanelAction> Actions { get; } = [];
}
