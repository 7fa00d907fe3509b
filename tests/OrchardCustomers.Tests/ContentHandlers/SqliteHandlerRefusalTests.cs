using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.SampleModule.Tickets;

namespace OrchardCustomers.Tests.ContentHandlers;

/// <summary>
/// A content handler of another feature refuses a customer update (SampleModule refuses one name): the form shows the
/// handler's reason, the API answers 409 with it, and the customer stays as it was.
/// </summary>
[Collection(Collections.SqliteTenants)]
public sealed class SqliteHandlerRefusalTests(SqliteMultiTenantSite fixture)
{
    private const string Tenant = "acme";

    [Fact]
    public async Task A_refused_update_shows_the_handlers_reason_on_the_form_and_changes_nothing()
    {
        var (id, name) = await CreateCustomerAsync();
        var session = new WebSession(fixture.Client(Tenant));
        await session.LoginOrFailAsync(MultiTenantSite.UserName(Tenant, RoleNames.Administrator), AutoSetup.Password);
        var url = $"Admin/Customers/{id.ToString(CultureInfo.InvariantCulture)}/Edit";

        var response = await session.SubmitAsync(url, url,
        [
            new("Input.Kind", "Company"),
            new("Input.CompanyName", SampleTicketHandler.RefusedName),
            new("Input.Addresses[0].Street", "Hauptstraße 1"),
            new("Input.Addresses[0].PostalCode", "10115"),
            new("Input.Addresses[0].City", "Berlin"),
            new("version", "1"),
            new("allowDuplicates", "true"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SampleTicketHandler.RefusedReason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((name, 1), await NameAndVersionAsync(id));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_refused_update_gets_409_with_the_handlers_reason_in_the_api_and_changes_nothing()
    {
        var (id, name) = await CreateCustomerAsync();
        var client = fixture.Client(Tenant);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(Tenant, RoleNames.Administrator));
        var json = $$"""
            { "kind": "company", "companyName": "{{SampleTicketHandler.RefusedName}}",
              "addresses": [{ "street": "Hauptstraße 1", "postalCode": "10115", "city": "Berlin" }] }
            """;
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"api/customers/{id.ToString(CultureInfo.InvariantCulture)}?allowDuplicates=true", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("The change was refused.", (string?)problem["title"]);
        Assert.Equal(SampleTicketHandler.RefusedReason, (string?)problem["detail"]);
        Assert.Equal((name, 1), await NameAndVersionAsync(id));
        fixture.Site.Errors.AssertEmpty();
    }

    private Task<(long Id, string Name)> CreateCustomerAsync() => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var name = "Abgelehnt " + Guid.NewGuid().ToString("N");
        var input = new CustomerInput { CompanyName = name, Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = "10115", City = "Berlin" }] };
        var result = await sp.GetRequiredService<CustomerService>().CreateAsync(input, allowDuplicates: true, user: null);
        Assert.Equal(CustomerSaveStatus.Saved, result.Status);
        return (result.Customer!.Id, result.Customer.DisplayName);
    });

    private Task<(string Name, int Version)> NameAndVersionAsync(long id) => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var customer = await sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().SingleAsync(c => c.Id == id);
        return (customer.DisplayName, customer.Version);
    });
}
