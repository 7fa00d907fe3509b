using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

/// <summary>
/// A yes/no custom field of the customer form: a ticked box saves yes whatever order the browser sends the checkbox's
/// "true" and the hidden "false" in; an unticked one saves no; one without a stored value that nobody ticked stays empty.
/// </summary>
[Collection(Collections.SqliteTenants)]
public sealed class CustomerFormBindingTests(SqliteMultiTenantSite fixture)
{
    private const string Tenant = "globex";
    private const string Field = "BindNewsletter";

    [Fact]
    public async Task A_ticked_box_saves_yes_in_either_order_an_unticked_one_no_and_an_untouched_empty_one_stays_empty()
    {
        var (id, name) = await CustomerAsync();
        var session = new WebSession(fixture.Client(Tenant));
        await session.LoginOrFailAsync(MultiTenantSite.UserName(Tenant, RoleNames.Administrator), AutoSetup.Password);

        // Untouched and never set: nothing is stored.
        await SaveAsync(session, id, name);
        Assert.Null(await StoredAsync(id));

        // Ticked: the hidden "false" first, as the data-loss report had it, and after.
        await SaveAsync(session, id, name, "false", "true");
        Assert.Equal(JsonValueKind.True, await StoredAsync(id));
        await SaveAsync(session, id, name, "true", "false");
        Assert.Equal(JsonValueKind.True, await StoredAsync(id));

        // Unticked: only the hidden "false" comes.
        await SaveAsync(session, id, name, "false");
        Assert.Equal(JsonValueKind.False, await StoredAsync(id));
        fixture.Site.Errors.AssertEmpty();
    }

    private async Task SaveAsync(WebSession session, long id, string name, params string[] newsletter)
    {
        var version = await fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CrmDbContext>().Customers.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        List<KeyValuePair<string, string>> fields =
        [
            new("Input.Kind", "Company"),
            new("Input.CompanyName", name),
            new("Input.Addresses[0].Street", "Hauptstraße 1"),
            new("Input.Addresses[0].PostalCode", "10115"),
            new("Input.Addresses[0].City", "Berlin"),
            new("version", version.ToString(CultureInfo.InvariantCulture)),
            new("allowDuplicates", "true"),
            .. newsletter.Select(v => new KeyValuePair<string, string>($"Input.CustomFields[{Field}]", v)),
        ];
        var response = await session.SubmitAsync($"Admin/Customers/{id}/Edit", $"Admin/Customers/{id}/Edit", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private Task<(long Id, string Name)> CustomerAsync() => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var fields = sp.GetRequiredService<CustomFieldService>();
        if ((await fields.GetAllAsync()).All(f => f.Name != Field))
        {
            await fields.SaveAsync(new CustomFieldDefinition { Name = Field, Label = "Newsletter (Bindung)", Type = CustomFieldType.YesNo, Position = 950 });
        }

        var name = "Haken " + Guid.NewGuid().ToString("N");
        var input = new CustomerInput
        {
            Kind = CustomerKind.Company,
            CompanyName = name,
            Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = "10115", City = "Berlin" }],
        };
        return ((await sp.GetRequiredService<CustomerService>().CreateAsync(input, true, null)).Customer!.Id, name);
    });

    private Task<JsonValueKind?> StoredAsync(long id) => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var customer = await sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().SingleAsync(c => c.Id == id);
        return customer.CustomFields.TryGetValue(Field, out var value) ? value.ValueKind : (JsonValueKind?)null;
    });
}
