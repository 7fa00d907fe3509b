using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;

namespace OrchardCustomers.Module.Customers.Admin.List;

/// <summary>A column per custom field marked "show in list", keyed "cf:Name"; the values come with the row.</summary>
[Feature(CustomersFeature.Id)]
public sealed class CustomFieldListColumns(CustomFieldService customFields, IStringLocalizer<CustomFieldListColumns> S) : ICustomerListColumnProvider
{
    public const string Prefix = "cf:";

    public int Position => 100;

    public async Task<IReadOnlyList<CustomerListColumn>> GetColumnsAsync(CancellationToken cancellationToken)
    {
        var fields = await customFields.GetAllAsync(cancellationToken);
        string yes = S["Yes"], no = S["No"];
        return [.. fields.Where(f => f.ShowInList).Select(field => new CustomerListColumn(Prefix + field.Name, field.Label, field.Label, null, (rows, _) =>
            Task.FromResult<IReadOnlyDictionary<long, string?>>(rows.ToDictionary(
                r => r.Id,
                r => r.CustomFields.TryGetValue(field.Name, out var value) ? CustomFieldValues.Display(field.Type, value, yes, no) : null))))];
    }
}
