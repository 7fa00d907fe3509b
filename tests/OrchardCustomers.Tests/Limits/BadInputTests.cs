using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Limits;

/// <summary>
/// Issue 6, points 6 and 9, and the form and recipe side of point 2: values no enum has, names of invisible
/// characters, list parameters that used to fail with 500 or a wrongly labelled page, all get a clear 400.
/// </summary>
public abstract class BadInputTests(MultiTenantSite fixture)
{
    private const string Tenant = "globex";

    public static TheoryData<string, string> Enums() => new()
    {
        { """{ "kind": 99, "companyName": "Enum GmbH" }""", "kind" },
        { """{ "kind": "person", "lastName": "Enum", "salutation": 99 }""", "salutation" },
        { """{ "kind": "company", "companyName": "Enum GmbH", "paymentMethod": 7 }""", "paymentMethod" },
        { """{ "kind": "company", "companyName": "Enum GmbH", "sepa": { "scheme": 5 } }""", "sepa.scheme" },
        { """{ "kind": "company", "companyName": "Enum GmbH", "phones": [{ "type": 42, "number": "030 1234567" }] }""", "phones[0].type" },
        { """{ "kind": "company", "companyName": "Enum GmbH", "addresses": [{ "type": -1, "street": "Weg 1", "postalCode": "10115", "city": "Berlin" }] }""", "addresses[0].type" },
        { """{ "kind": "company", "companyName": "Enum GmbH", "contacts": [{ "lastName": "Roth", "salutation": 12 }] }""", "contacts[0].salutation" },
        { """{ "kind": "company", "companyName": "Enum GmbH", "contacts": [{ "lastName": "Roth", "phones": [{ "type": 9, "number": "030 1234567" }] }] }""", "contacts[0].phones[0].type" },
    };

    public static TheoryData<string, string> InvisibleNames() => new()
    {
        { """{ "kind": "company", "companyName": "\u200B\u200C\u200D\uFEFF" }""", "companyName" },
        { """{ "kind": "company", "companyName": "\u0000\u0000" }""", "companyName" },
        { """{ "kind": "company", "companyName": "\u202E\u2066 \u2069" }""", "companyName" },
        { """{ "kind": "person", "firstName": "\u0007", "lastName": "Roth" }""", "firstName" },
        { """{ "kind": "person", "lastName": "\u200B\u202D" }""", "lastName" },
        { """{ "kind": "company", "companyName": "Echt GmbH", "contacts": [{ "lastName": "\u200B" }] }""", "contacts[0].lastName" },
        { """{ "kind": "company", "companyName": "Echt GmbH", "companyDetails": { "companyName": "\u0001\u001F" } }""", "companyDetails.companyName" },
    };

    public static TheoryData<string, string> ListParameters() => new()
    {
        { "createdTo=9999-12-31", "createdTo" },
        { "createdFrom=0001-01-01", "createdFrom" },
        { "createdFrom=9999-12-31", "createdFrom" },
        { "after=garbage!!", "after" },
        { "after=" + Base64("nothing like a cursor"), "after" },
        { "before=" + Base64("0|0|1"), "before" },
        { "sort=created&after=" + Base64("3|0|1|not-a-number"), "after" },
        { "sort=created&after=" + Base64("3|0|1|99999999999999999999"), "after" },
        { "sort=created&after=" + Base64("3|0|1|" + long.MaxValue), "after" },
        { "after=" + Base64("0|0|99999999999999999999|Kunde"), "after" },
        { "sort=number&after=" + Base64("0|0|1|Kunde"), "after" },
        { "page=2147483647", "page" },
        { "page=0", "page" },
        { "page=-5", "page" },
        { "pageSize=0", "pageSize" },
        { "pageSize=2147483647", "pageSize" },
        { "pageSize=-1", "pageSize" },
        { "status=99", "status" },
        { "kind=99", "kind" },
    };

    [Theory]
    [MemberData(nameof(Enums))]
    public async Task A_value_that_no_enum_has_gets_400_naming_the_field(string body, string field)
    {
        await AssertRefusedAsync(await Api().PostAsync("api/customers", Json(body)), field, "Wählen Sie einen der angebotenen Werte.");
    }

    [Theory]
    [MemberData(nameof(InvisibleNames))]
    public async Task A_name_of_invisible_characters_only_gets_400_naming_the_field(string body, string field)
    {
        await AssertRefusedAsync(await Api().PostAsync("api/customers", Json(body)), field, "Geben Sie sichtbare Zeichen ein");
    }

    [Fact]
    public async Task Invisible_characters_are_stripped_from_otherwise_valid_names_and_texts()
    {
        var stored = await fixture.Site.InTenantAsync(Tenant, async sp =>
        {
            // Inside a transaction that is never committed: the shared site keeps no customer of this test.
            await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
            var result = await sp.GetRequiredService<CustomerService>().CreateAsync(new CustomerInput
            {
                CompanyName = "M\u00FCl\u200Bler\u202E\u0000 Bau\tGmbH",
                Addresses = [new AddressInput { Street = "Haupt\u200Dstra\u00DFe\u0008 1", PostalCode = "10115", City = "Ber\u2066lin" }],
                Contacts = [new ContactInput { FirstName = "\uFEFFJana", LastName = "R\u00F6\u200Cder" }],
                CompanyDetails = new CompanyDetailsInput { ContactInformation = "Zeile 1\nZeile\u0000 2" },
            }, true, null);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            return await sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().SingleAsync(c => c.Id == result.Customer!.Id);
        });

        Assert.Equal("Müller Bau GmbH", stored.Name.CompanyName);
        Assert.Equal("Müller Bau GmbH", stored.DisplayName);
        Assert.Equal("Hauptstraße 1", stored.Addresses[0].Street);
        Assert.Equal("Berlin", stored.Addresses[0].City);
        Assert.Equal(("Jana", "Röder"), (stored.Contacts[0].FirstName, stored.Contacts[0].LastName));
        Assert.Equal("Zeile 1\nZeile 2", stored.Organisation.CompanyDetails!.ContactInformation);
    }

    [Theory]
    [MemberData(nameof(ListParameters))]
    public async Task A_bad_list_parameter_gets_400_naming_it_in_the_api(string query, string parameter)
    {
        var response = await Api().GetAsync("api/customers?" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: expected 400, got {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"{query}: no error for '{parameter}': {text}");
    }

    [Theory]
    [MemberData(nameof(ListParameters))]
    public async Task A_bad_list_parameter_gets_400_and_a_message_in_the_admin_list(string query, string parameter)
    {
        var session = await AdminAsync();
        var response = await session.Client.GetAsync("Admin/Customers?" + query);
        var page = await WebSession.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: expected 400, got {(int)response.StatusCode} {page.Title}");
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"[data-testid='list-error-{parameter}']")?.TextContent), $"{query}: no message for '{parameter}'.");
        // No rows under a page number they do not belong to.
        Assert.Null(page.QuerySelector("[data-testid='bulk-form']"));
    }

    [Fact]
    public async Task The_last_valid_page_and_the_largest_page_size_still_answer()
    {
        var response = await Api().GetAsync("api/customers?page=1000000&pageSize=200&createdFrom=1900-01-01&createdTo=2999-12-31");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(1000000, json.RootElement.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task The_users_list_at_page_2147483647_shows_no_user_of_page_1()
    {
        var session = await AdminAsync();
        var page = await session.GetPageAsync("Admin/Users?page=2147483647");
        Assert.Empty(page.QuerySelectorAll("[data-testid='user-row']"));
        var first = await session.GetPageAsync("Admin/Users");
        Assert.NotEmpty(first.QuerySelectorAll("[data-testid='user-row']"));
    }

    [Fact]
    public async Task An_oversized_field_in_the_form_gets_its_message_next_to_it_and_nothing_is_stored()
    {
        var session = await AdminAsync();
        var response = await session.SubmitAsync("Admin/Customers/Create", "Admin/Customers/Create",
        [
            new("Input.Kind", "Company"),
            new("Input.CompanyName", new string('x', CustomerLimits.CompanyName + 1)),
            new("Input.Addresses[0].Street", "Hauptstraße 1"),
            new("Input.Addresses[0].PostalCode", "10115"),
            new("Input.Addresses[0].City", "Berlin"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Equal($"Höchstens {CustomerLimits.CompanyName} Zeichen.", page.QuerySelector("[data-testid='error-CompanyName']")?.TextContent.Trim());
        Assert.Equal(0, await CountAsync(c => c.DisplayName.StartsWith("xxxx")));
    }

    [Fact]
    public async Task An_oversized_field_in_a_recipe_stops_it_naming_the_field_and_keeps_nothing()
    {
        var street = new string('s', CustomerLimits.Street + 1);
        var recipe = $$"""
            { "name": "limits", "steps": [ { "name": "content", "data": [ {
              "ContentItemId": "limits-1", "ContentType": "Customer", "DisplayText": "Grenze GmbH",
              "CustomerPart": { "Kind": "Company" }, "NamePart": { "CompanyName": "Grenze GmbH" },
              "AddressesPart": { "Addresses": [ { "Type": "Recipient", "Street": "{{street}}", "PostalCode": "10115", "City": "Berlin", "Country": "DE" } ] } } ] } ] }
            """;
        var exception = await Assert.ThrowsAsync<RecipeStepException>(() => fixture.Site.InTenantAsync(Tenant, sp =>
            sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(recipe, "test"), new Dictionary<string, object?>(), null, CancellationToken.None)));
        Assert.Contains($"Addresses[0].Street: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains($" {CustomerLimits.Street} ", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(c => c.ContentItemId == "limits-1"));
    }

    private Task<int> CountAsync(System.Linq.Expressions.Expression<Func<Customer, bool>> where) =>
        fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CrmDbContext>().Customers.CountAsync(where));

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string message)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: expected 400, got {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out var messages), $"No error for '{field}': {text}");
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.StartsWith(message, StringComparison.Ordinal));
    }

    private HttpClient Api()
    {
        var client = fixture.Client(Tenant);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(Tenant, RoleNames.Administrator));
        return client;
    }

    private async Task<WebSession> AdminAsync()
    {
        var session = new WebSession(fixture.Client(Tenant));
        await session.LoginOrFailAsync(MultiTenantSite.UserName(Tenant, RoleNames.Administrator), AutoSetup.Password);
        return session;
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
