using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Search;

namespace OrchardCustomers.Module.Customers.Admin.List;

/// <summary>The customer's own optional columns. Name and email are always shown and are not columns to choose.</summary>
[Feature(CustomersFeature.Id)]
public sealed class StandardListColumns(CustomerDisplay display, IStringLocalizer<StandardListColumns> S) : ICustomerListColumnProvider
{
    public int Position => 0;

    public Task<IReadOnlyList<CustomerListColumn>> GetColumnsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<CustomerListColumn>>(
    [
        new("number", S["Customer number"], S["Number"], CustomerSort.Number, (rows, _) => Cells(rows, r => r.Number)),
        new("city", S["City"], S["City"], null, (rows, _) => Cells(rows, r => r.City)),
        new("category", S["Category"], S["Category"], null, (rows, _) => Cells(rows, r => r.Category)),
        new("created", S["Added"], S["Added"], CustomerSort.Created, CreatedAsync),
    ]);

    private static Task<IReadOnlyDictionary<long, string?>> Cells(IReadOnlyList<CustomerListRow> rows, Func<CustomerListRow, string?> value) =>
        Task.FromResult<IReadOnlyDictionary<long, string?>>(rows.ToDictionary(r => r.Id, value));

    private async Task<IReadOnlyDictionary<long, string?>> CreatedAsync(IReadOnlyList<CustomerListRow> rows, CancellationToken cancellationToken)
    {
        var cells = new Dictionary<long, string?>();
        foreach (var row in rows)
        {
            cells[row.Id] = await display.DateAsync(row.CreatedUtc);
        }

        return cells;
    }
}
