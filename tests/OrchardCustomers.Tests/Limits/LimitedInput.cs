using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Limits;

/// <summary>An input model of the API and where it is posted and put.</summary>
/// <param name="ValidBody">A small valid body that each case spoils in one place.</param>
/// <param name="ItemUrl">The URL of a stored item of the tenant, for PUT.</param>
public sealed record LimitedInput(Type Model, string CollectionUrl, string ValidBody, Func<MultiTenantSite, string, string> ItemUrl)
{
    public string Name => Model.Name;
}
