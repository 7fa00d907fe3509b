using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Customers.Numbering;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

/// <summary>/api/customers as a script uses it: stable names, field errors, ETags, duplicates, roles, read-only.</summary>
public abstract class CustomerApiTests : IAsyncLifetime
{
    private const string Company = """
        { "kind": "company", "companyName": "Müller Holzbau GmbH", "emails": ["info@mueller-holzbau.de", "buchhaltung@mueller-holzbau.de"],
          "vatId": "DE 136 695 976", "taxNumber": "21/815/08150", "phones": [{ "type": "office", "number": "030 1234567" }],
          "addresses": [{ "street": "Hauptstraße 5", "postalCode": "10115", "city": "Berlin" }, { "type": "billing", "street": "Postfach 12", "postalCode": "10117", "city": "Berlin", "isDefaultBilling": true }],
          "paymentMethod": "sepaDirectDebit", "sepa": { "iban": "DE89 3704 0044 0532 0130 00", "mandateReference": "MH-2026-01", "mandateDate": "2026-01-15", "scheme": "b2B" },
          "buyerReference": "04011000-1234512345-06", "category": "Handwerk", "tags": ["Stammkunde"] }
        """;

    private DatabaseSite _database = null!;
    private HttpClient _admin = null!;

    protected abstract DatabaseKind Kind { get; }

    private SiteFactory Site => _database.Site;

    public async Task InitializeAsync()
    {
        _database = await DatabaseSite.StartAsync(Kind);
        _admin = await ClientForAsync(RoleNames.Administrator);
    }

    [Fact]
    public async Task Create_with_the_debtor_range_used_up_answers_201_without_a_debtor_number_and_with_a_warning()
    {
        await Site.InTenantAsync("Default", async sp =>
        {
            var settings = sp.GetRequiredService<CustomerSettingsService>();
            var current = await settings.GetAsync();
            current.DebtorRangeStart = 10000;
            current.DebtorRangeEnd = 10000;
            await settings.SaveAsync(current);
        });

        using (var first = await JsonAsync(await PostAsync(_admin, Company)))
        {
            Assert.Equal(10000, first.RootElement.GetProperty("debtorNumber").GetInt32());
            Assert.False(first.RootElement.TryGetProperty("warnings", out _), "A save with nothing to say carries no warnings.");
        }

        var response = await PostAsync(_admin, """{ "kind": "company", "companyName": "Ohne Debitor GmbH" }""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await JsonAsync(response);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("debtorNumber").ValueKind);
        var warning = Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Contains("10000–10000", warning, StringComparison.Ordinal);
        Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task Create_answers_201_with_the_customer_under_stable_names_and_an_etag()
    {
        var response = await PostAsync(_admin, Company);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        using var json = await JsonAsync(response);
        var root = json.RootElement;
        foreach (var name in new[] { "id", "kind", "companyName", "firstName", "lastName", "emails", "vatId", "taxNumber", "number", "debtorNumber", "addresses", "status", "createdUtc" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"The answer has no '{name}'.");
        }

        Assert.Equal("company", root.GetProperty("kind").GetString());
        Assert.Equal("active", root.GetProperty("status").GetString());
        Assert.Equal("K-00001", root.GetProperty("number").GetString());
        Assert.Equal(10000, root.GetProperty("debtorNumber").GetInt32());
        Assert.Equal("DE136695976", root.GetProperty("vatId").GetString());
        Assert.Equal("info@mueller-holzbau.de", root.GetProperty("emails")[0].GetString());
        Assert.Equal("+49301234567", root.GetProperty("phones")[0].GetProperty("e164").GetString());
        Assert.Equal("DE89370400440532013000", root.GetProperty("billing").GetProperty("sepa").GetProperty("iban").GetString());
        Assert.EndsWith("Z", root.GetProperty("createdUtc").GetString(), StringComparison.Ordinal);

        var fetched = await _admin.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal("\"1\"", fetched.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Validation_problems_name_each_field_in_camel_case()
    {
        var response = await PostAsync(_admin, """
            { "kind": "company", "vatId": "DE123456789", "paymentMethod": "sepaDirectDebit", "sepa": { "iban": "DE89 3704 0044 0532 0130 01" },
              "addresses": [{ "street": "Weg 1", "postalCode": "1234", "city": "Berlin" }], "buyerReference": "04011000-1234512345-07",
              "phones": [{ "type": "mobile", "number": "12" }],
              "contacts": [{ "lastName": "Röder", "emails": ["jana@kontakt.example", "keine-adresse"], "phones": [{ "type": "office", "number": "030 1234567" }, { "type": "mobile", "number": "12" }] }] }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = await JsonAsync(response);
        var errors = json.RootElement.GetProperty("errors");
        foreach (var field in new[] { "companyName", "vatId", "sepa.iban", "sepa.mandateReference", "sepa.mandateDate", "addresses[0].postalCode", "buyerReference", "phones[0].number", "contacts[0].emails[1]", "contacts[0].phones[1].number" })
        {
            Assert.True(errors.TryGetProperty(field, out var messages) && messages.GetArrayLength() > 0, $"No error for '{field}': {errors}");
        }

        Assert.Equal(0, (await ListAsync(_admin, "")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_body_that_is_not_a_customer_gets_a_clear_400()
    {
        var response = await PostAsync(_admin, """{ "kind": "robot", "companyName": "X" }""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = await JsonAsync(response);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("kind", out _), json.RootElement.ToString());
    }

    [Fact]
    public async Task A_duplicate_vat_id_gets_a_409_warning_until_allowed()
    {
        var first = await PostAsync(_admin, Company);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var second = await PostAsync(_admin, """{ "kind": "company", "companyName": "Ganz andere GmbH", "vatId": "de136695976" }""");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using (var json = await JsonAsync(second))
        {
            var duplicate = json.RootElement.GetProperty("duplicates")[0];
            Assert.Equal("SameVatId", duplicate.GetProperty("reason").GetString());
            Assert.Equal("Müller Holzbau GmbH", duplicate.GetProperty("displayName").GetString());
        }

        var allowed = await PostAsync(_admin, """{ "kind": "company", "companyName": "Ganz andere GmbH", "vatId": "de136695976" }""", "?allowDuplicates=true");
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Fact]
    public async Task An_update_needs_the_current_etag_and_a_stale_one_gets_412()
    {
        var created = await PostAsync(_admin, Company);
        var url = created.Headers.Location!;
        var etag = created.Headers.ETag!.Tag;
        var change = Company.Replace("Müller Holzbau GmbH", "Müller Holzbau und Söhne GmbH", StringComparison.Ordinal);

        Assert.Equal((HttpStatusCode)428, (await PutAsync(url, change, ifMatch: null)).StatusCode);
        var updated = await PutAsync(url, change, etag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);

        var stale = await PutAsync(url, Company.Replace("Müller Holzbau GmbH", "Überschrieben GmbH", StringComparison.Ordinal), etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var json = JsonDocument.Parse(await _admin.GetStringAsync(url));
        Assert.Equal("Müller Holzbau und Söhne GmbH", json.RootElement.GetProperty("companyName").GetString());
    }

    [Fact]
    public async Task Archive_restore_and_delete_follow_the_rules()
    {
        var created = await PostAsync(_admin, Company);
        var url = created.Headers.Location!.ToString();
        Assert.Equal("archived", await StatusAfterAsync(await _admin.PostAsync(url + "/archive", null)));
        Assert.Equal(0, (await ListAsync(_admin, "")).GetProperty("total").GetInt64());
        Assert.Equal(1, (await ListAsync(_admin, "?status=archived")).GetProperty("total").GetInt64());
        Assert.Equal(0, (await ListAsync(_admin, "?q=holzbau")).GetProperty("total").GetInt64());
        Assert.Equal(1, (await ListAsync(_admin, "?q=holzbau&status=archived")).GetProperty("total").GetInt64());
        Assert.Equal(1, (await ListAsync(_admin, "?q=holzbau&status=all")).GetProperty("total").GetInt64());
        Assert.Equal("active", await StatusAfterAsync(await _admin.PostAsync(url + "/restore", null)));
        Assert.Equal(1, (await ListAsync(_admin, "?q=holzbau")).GetProperty("total").GetInt64());
        Assert.Equal(0, (await ListAsync(_admin, "?q=holzbau&status=archived")).GetProperty("total").GetInt64());

        var id = long.Parse(url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await Site.InTenantAsync("Default", async sp =>
        {
            var db = sp.GetRequiredService<OrchardCustomers.Module.Data.CrmDbContext>();
            db.CustomerNotes.Add(new OrchardCustomers.Module.Customers.Models.CustomerNote { Id = Guid.NewGuid(), CustomerId = id, Text = "Zahlt immer pünktlich", AuthorName = "test", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var refused = await _admin.DeleteAsync(url);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        using (var json = await JsonAsync(refused))
        {
            Assert.Contains("note", json.RootElement.GetProperty("reasons")[0].GetString(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Archive", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var plain = await PostAsync(_admin, """{ "kind": "person", "lastName": "Weiß" }""");
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync(plain.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync(plain.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task The_list_searches_sorts_filters_and_pages_in_the_database()
    {
        foreach (var (name, city) in new[] { ("Müller Holzbau GmbH", "Berlin"), ("Schäfer & Söhne KG", "München"), ("Bäckerei Groß", "Graz"), ("Zimmerei Weiß", "Wien") })
        {
            Assert.Equal(HttpStatusCode.Created, (await PostAsync(_admin, $$"""{ "kind": "company", "companyName": "{{name}}", "addresses": [{ "street": "Weg 1", "postalCode": "{{(city is "Graz" or "Wien" ? "8010" : "10115")}}", "city": "{{city}}", "country": "{{(city is "Graz" or "Wien" ? "AT" : "DE")}}" }] }""", "?allowDuplicates=true")).StatusCode);
        }

        var all = await ListAsync(_admin, "?sort=name&pageSize=2");
        Assert.Equal(4, all.GetProperty("total").GetInt64());
        Assert.Equal(["Bäckerei Groß", "Müller Holzbau GmbH"], Names(all));
        var next = await ListAsync(_admin, $"?sort=name&pageSize=2&after={all.GetProperty("nextCursor").GetString()}");
        Assert.Equal(["Schäfer & Söhne KG", "Zimmerei Weiß"], Names(next));
        Assert.Equal(["Zimmerei Weiß", "Schäfer & Söhne KG"], Names(await ListAsync(_admin, "?sort=-name&pageSize=2")));
        Assert.Equal(["Müller Holzbau GmbH"], Names(await ListAsync(_admin, "?q=müll")));
        Assert.Equal(["Bäckerei Groß"], Names(await ListAsync(_admin, "?q=gross")));
        Assert.Equal(["Zimmerei Weiß"], Names(await ListAsync(_admin, "?q=WIEN")));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(4, (await ListAsync(_admin, $"?createdFrom={today}&createdTo={today}")).GetProperty("total").GetInt64());
        Assert.Equal(0, (await ListAsync(_admin, "?createdTo=2020-01-01")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_read_only_customer_is_changed_only_with_the_permission_to()
    {
        var created = await PostAsync(_admin, Company.Replace("\"kind\": \"company\"", "\"kind\": \"company\", \"isReadOnly\": true", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = created.Headers.Location!;
        var manager = await ClientForAsync(RoleNames.Manager);
        var refused = await PutAsync(url, Company, "\"1\"", manager);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync(url + "/archive", null)).StatusCode);

        var accountant = await ClientForAsync(RoleNames.Accountant);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(url, Company, "\"1\"", accountant)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await accountant.DeleteAsync(url)).StatusCode);
    }

    private static string[] Names(JsonElement list) => [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayName").GetString()!)];

    private async Task<HttpClient> ClientForAsync(string role)
    {
        var userName = "api-" + role.ToLowerInvariant();
        await Site.CreateUserAsync("Default", userName, AutoSetup.Password, role);
        var client = Site.CreateSession();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Site.CreateTokenAsync("Default", userName));
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json, string query = "") =>
        client.PostAsync("api/customers" + query, new StringContent(json, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> PutAsync(Uri url, string json, string? ifMatch, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return (client ?? _admin).SendAsync(request);
    }

    private static async Task<string?> StatusAfterAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await JsonAsync(response);
        return json.RootElement.GetProperty("status").GetString();
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>("api/customers" + query));

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync());

    public async Task DisposeAsync()
    {
        Site.Errors.AssertEmpty();
        await _database.DisposeAsync();
    }
}
