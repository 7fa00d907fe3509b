using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Admin.List;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>The sample code as a list column, loaded once per page.</summary>
[Feature(SampleFeature.Id)]
public sealed class SampleCodeColumns(SampleTenant tenant, IStringLocalizer<SampleCodeColumns> S) : ICustomerListColumnProvider
{
    public const string Key = "sample:code";

    private static int _loads;

    /// <summary>How often a page's cells were loaded, for the test that a column costs one load per page, not one per row.</summary>
    public static int Loads => _loads;

    public int Position => 500;

    public Task<IReadOnlyList<CustomerListColumn>> GetColumnsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CustomerListColumn>>([new CustomerListColumn(Key, S["Sample code"], S["Sample code"], null, LoadAsync)]);

    private Task<IReadOnlyDictionary<long, string?>> LoadAsync(IReadOnlyList<CustomerListRow> rows, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _loads);
        return Task.FromResult<IReadOnlyDictionary<long, string?>>(rows.ToDictionary(r => r.Id, r => SampleCodes.Get(tenant.Key, r.Id)));
    }
}
