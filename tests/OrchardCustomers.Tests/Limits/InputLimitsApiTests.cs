using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using OrchardCustomers.Host.Limits;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Limits;

/// <summary>
/// The limits test of issue 6, generated from the input models: every text one over its maximum and every list one
/// over its count, posted and put through the API, gets 400 with the field named and stores nothing.
/// </summary>
public abstract class InputLimitsApiTests(MultiTenantSite fixture)
{
    private const string Tenant = "globex";

    /// <summary>Every input model of the API. A new one (invoices, quotes) is one more line here.</summary>
    public static readonly IReadOnlyList<LimitedInput> Inputs =
    [
        new(typeof(CustomerInput), "api/customers", """{ "kind": "company", "companyName": "Grenzwert GmbH" }""",
            (site, tenant) => $"api/customers/{site.Samples(tenant).CustomerId}"),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var input in Inputs)
        {
            foreach (var limit in LimitCases.For(input.Model, input.ValidBody))
            {
                data.Add(input.Name, limit.Field);
            }
        }

        return data;
    }

    [Fact]
    public void Every_text_and_list_of_every_input_model_declares_its_limit()
    {
        foreach (var input in Inputs)
        {
            Assert.Empty(LimitCases.Unbounded(input.Model));
            Assert.NotEmpty(LimitCases.For(input.Model, input.ValidBody));
        }
    }

    [Fact]
    public async Task The_openapi_document_states_every_limit()
    {
        using var document = JsonDocument.Parse(await fixture.Client(Tenant).GetStringAsync("openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        foreach (var type in Inputs.SelectMany(i => LimitCases.Types(i.Model)))
        {
            Assert.True(schemas.TryGetProperty(type.Name, out var schema), $"No schema {type.Name}.");
            var properties = schema.GetProperty("properties");
            foreach (var property in InputRules.PropertiesOf(type))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                var json = properties.GetProperty(name);
                var chars = property.GetCustomAttribute<MaxCharsAttribute>()?.Max;
                var items = property.GetCustomAttribute<MaxItemsAttribute>()?.Max;
                var (countKeyword, holder) = json.TryGetProperty("items", out var item) ? ("maxItems", item)
                    : json.TryGetProperty("additionalProperties", out var value) ? ("maxProperties", value)
                    : ("", json);
                if (items is not null)
                {
                    Assert.True(json.TryGetProperty(countKeyword, out var stated) && stated.GetInt32() == items, $"{type.Name}.{name}: no {countKeyword} {items} in {json}");
                }

                if (chars is not null)
                {
                    Assert.True(holder.TryGetProperty("maxLength", out var stated) && stated.GetInt32() == chars, $"{type.Name}.{name}: no maxLength {chars} in {json}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_oversized_value_gets_400_naming_its_field_on_post_and_put(string model, string field)
    {
        var input = Inputs.Single(i => i.Name == model);
        var limit = LimitCases.For(input.Model, input.ValidBody).Single(c => c.Field == field);
        var client = Client();
        var itemUrl = input.ItemUrl(fixture, Tenant);
        var before = await client.GetAsync(itemUrl);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var beforeBody = await before.Content.ReadAsStringAsync();

        var posted = await client.PostAsync(input.CollectionUrl, Json(limit.Body));
        await AssertNamedAsync(posted, limit);

        var put = new HttpRequestMessage(HttpMethod.Put, itemUrl) { Content = Json(limit.Body) };
        put.Headers.IfMatch.Add(before.Headers.ETag!);
        await AssertNamedAsync(await client.SendAsync(put), limit);

        // Nothing stored: the item is as it was, and the post created nothing.
        Assert.Equal(beforeBody, await client.GetStringAsync(itemUrl));
        using var list = JsonDocument.Parse(await client.GetStringAsync(input.CollectionUrl + "?q=Grenzwert&status=all"));
        Assert.Equal(0, list.RootElement.GetProperty("total").GetInt64());
    }

    private static async Task AssertNamedAsync(HttpResponseMessage response, LimitCase limit)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{limit.Field}: expected 400, got {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(text);
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(limit.Field, out var messages), $"No error for '{limit.Field}': {errors}");
        // The tenant speaks German: "Höchstens 200 Zeichen." The message states the limit, whatever the language.
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains($" {limit.Max} ", StringComparison.Ordinal));
    }

    private HttpClient Client()
    {
        var client = fixture.Client(Tenant);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(Tenant, RoleNames.Administrator));
        return client;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
