using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>Customers with or without a sample code: a filter that narrows by a lookup of its own ids.</summary>
[Feature(SampleFeature.Id)]
public sealed class SampleCodeFilter(SampleTenant tenant, IStringLocalizer<SampleCodeFilter> S) : ICustomerListFilter
{
    public string Key => "sampleCode";

    public string Label => S["Sample code"];

    public int Position => 500;

    public Task<IReadOnlyList<CustomerListFilterChoice>> GetChoicesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CustomerListFilterChoice>>([new("with", S["With a sample code"]), new("without", S["Without a sample code"])]);

    public Task<IQueryable<Customer>> ApplyAsync(IQueryable<Customer> customers, string value, CancellationToken cancellationToken)
    {
        var ids = SampleCodes.CustomersWithCode(tenant.Key);
        return Task.FromResult(value == "with" ? customers.Where(c => ids.Contains(c.Id)) : customers.Where(c => !ids.Contains(c.Id)));
    }
}
