using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Customers;

/// <summary>The <c>content</c> recipe step: items keyed by ContentItemId, validated like the admin form, all or nothing.</summary>
public abstract class ContentStepTests
{
    protected abstract DatabaseKind Kind { get; }

    [Fact]
    public async Task Running_the_demo_content_step_again_updates_the_items_and_adds_none()
    {
        await using var database = await DatabaseSite.StartWithRecipeAsync(Kind, "demo");
        var site = database.Site;
        var before = await CustomersAsync(site);
        var historyBefore = await HistoryCountAsync(site);

        var content = DemoContentStep();
        var items = content["data"]!.AsArray();
        var bakery = items.Single(i => (string?)i!["ContentItemId"] == "demo-kunde-002")!;
        bakery["ContactPart"]!["Emails"]!.AsArray().Add("bestellung@baeckerei-schaefer.example");
        bakery["Customer"]!["Mitarbeiter"]!["Value"] = 19;
        var archived = items.Single(i => (string?)i!["ContentItemId"] == "demo-kunde-018")!;
        archived["CustomerPart"]!["Status"] = "Active";
        await RunAsync(site, new JsonObject { ["name"] = "demo-again", ["steps"] = new JsonArray(content) }.ToJsonString());

        var after = await CustomersAsync(site);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (id, old) in before)
        {
            var now = after[id];
            Assert.Equal((old.Id, old.Number, old.DebtorNumber), (now.Id, now.Number, now.DebtorNumber));
            if (id is not ("demo-kunde-002" or "demo-kunde-018"))
            {
                Assert.True(old.Version == now.Version, $"{id} ({now.DisplayName}) was saved again without a change.");
                Assert.Equal(old.Status, now.Status);
            }
        }

        var changed = after["demo-kunde-002"];
        Assert.Equal(before["demo-kunde-002"].Version + 1, changed.Version);
        Assert.Equal(["kontakt@baeckerei-schaefer.example", "bestellung@baeckerei-schaefer.example"], changed.Contact.Emails);
        Assert.Equal(19m, changed.CustomFields["Mitarbeiter"].GetDecimal());
        Assert.Equal(CustomerStatus.Active, after["demo-kunde-018"].Status);
        Assert.Null(after["demo-kunde-018"].ArchivedUtc);
        Assert.Equal(historyBefore + 2, await HistoryCountAsync(site));
        site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task Contacts_without_ids_keep_theirs_when_the_recipe_runs_again()
    {
        await using var database = await DatabaseSite.StartAsync(Kind);
        var site = database.Site;
        var recipe = Recipe("contacts", Content(Item(1, "Kontakt GmbH", """
            "ContactsPart": { "Contacts": [
              { "Salutation": "Ms", "FirstName": "Jana", "LastName": "Röder", "Position": "Einkauf", "Emails": [ "jana@kontakt.example" ], "MailRoles": "Invoices" },
              { "Salutation": "Mr", "FirstName": "Uwe", "LastName": "Seidel", "Phones": [ { "Type": "Mobile", "Number": "0171 3920055" } ], "MailRoles": "Reminders, Statements" } ] }
            """)));

        await RunAsync(site, recipe);
        var first = (await CustomersAsync(site))["test-1"];
        await RunAsync(site, recipe);
        var second = (await CustomersAsync(site))["test-1"];

        Assert.Equal(1, second.Version);
        Assert.Equal(first.Contacts.Select(c => c.Id), second.Contacts.Select(c => c.Id));
        Assert.Equal(MailRoles.Reminders | MailRoles.Statements, second.Contacts[1].MailRoles);
        Assert.Equal("+491713920055", second.Contacts[1].Phones[0].E164);
        site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_bad_value_in_item_2_stops_the_recipe_names_the_step_the_item_and_the_field_and_keeps_nothing()
    {
        await using var database = await DatabaseSite.StartAsync(Kind);
        var site = database.Site;
        var cases = new (string Part, string Field)[]
        {
            ("""{ "TaxPart": { "VatId": "DE136695977" } }""", "VatId"),
            ("""{ "BillingPart": { "PaymentMethod": "SepaDirectDebit", "Sepa": { "Iban": "DE88 3704 0044 0532 0130 00", "MandateReference": "M-1", "MandateDate": "2024-01-02" } } }""", "Sepa.Iban"),
            ("""{ "BillingPart": { "PaymentMethod": "SepaDirectDebit", "Sepa": { "Iban": "DE89 3704 0044 0532 0130 00", "MandateDate": "2024-01-02" } } }""", "Sepa.MandateReference"),
            ("""{ "AddressesPart": { "Addresses": [ { "Street": "Getreidegasse 9", "PostalCode": "50200", "City": "Salzburg", "Country": "AT" } ] } }""", "Addresses[0].PostalCode"),
            ("""{ "ContactPart": { "Emails": [ "info@zweite.example" ], "Phones": [ { "Type": "Office", "Number": "030 12" } ] } }""", "Phones[0].Number"),
            ("""{ "EInvoicingPart": { "BuyerReference": "04011000-1234512345-07" } }""", "BuyerReference"),
            ("""{ "Customer": { "Branche": { "Text": "Bergbau" } } }""", "CustomFields[Branche]"),
            ("""{ "Customer": { "Farbe": { "Text": "Blau" } } }""", "Farbe"),
            ("""{ "BillingPart": { "PaymentMethod": "Scheck" } }""", "BillingPart"),
            ("""{ "FooPart": { } }""", "FooPart"),
        };

        foreach (var (part, field) in cases)
        {
            var bad = Item(2, "Zweite GmbH", part.Trim()[1..^1]);
            var message = await FailAsync(site, Recipe("bad-content",
                """{ "name": "settings", "SiteName": "Geändert" }""",
                ContentDefinition("""{ "FieldName": "TextField", "Name": "Branche", "Settings": { "TextFieldPredefinedListEditorSettings": { "Options": [ { "name": "Handel", "value": "Handel" } ] } } }"""),
                Content(Item(1, "Erste GmbH", """ "Customer": { "Branche": { "Text": "Handel" } } """), bad, Item(3, "Dritte GmbH"))));

            Assert.Contains("Recipe 'bad-content', step 3 (content): Item 2 (Zweite GmbH)", message, StringComparison.Ordinal);
            Assert.Contains(field, message, StringComparison.Ordinal);
        }

        // Nothing of the recipe is kept: not the settings, not the field, not the first item, not its number.
        Assert.Equal("Default site", (await site.InTenantAsync("Default", sp => sp.GetRequiredService<SiteService>().GetAsync())).SiteName);
        Assert.Empty(await CustomersAsync(site));
        Assert.Empty(await site.InTenantAsync("Default", sp => sp.GetRequiredService<CrmDbContext>().CustomFieldDefinitions.ToListAsync()));
        var created = await site.InTenantAsync("Default", sp => sp.GetRequiredService<CustomerService>().CreateAsync(
            new CustomerInput { CompanyName = "Danach GmbH", Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = "10115", City = "Berlin" }] }, false, null));
        Assert.Equal(("K-00001", 10000), (created.Customer!.Number, created.Customer.DebtorNumber));
        site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_contact_with_several_mail_addresses_and_phones_keeps_them_all_with_their_types()
    {
        await using var database = await DatabaseSite.StartAsync(Kind);
        var site = database.Site;
        await RunAsync(site, Recipe("two-emails", Content(Item(1, "Kontakt GmbH", """
            "ContactsPart": { "Contacts": [ { "LastName": "Röder", "Emails": [ "jana@kontakt.example", "j.roeder@kontakt.example" ],
              "Phones": [ { "Type": "Office", "Number": "030 1234567" }, { "Type": "Mobile", "Number": "0171 3920055" } ] } ] }
            """))));

        var contact = Assert.Single((await CustomersAsync(site))["test-1"].Contacts);
        Assert.Equal(["jana@kontakt.example", "j.roeder@kontakt.example"], contact.Emails);
        Assert.Equal([(PhoneType.Office, "+49301234567"), (PhoneType.Mobile, "+491713920055")], contact.Phones.Select(p => (p.Type, p.E164)));
        site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task Dates_of_custom_fields_keep_the_day_that_is_written()
    {
        await using var database = await DatabaseSite.StartAsync(Kind);
        var site = database.Site;
        await RunAsync(site, Recipe("dates",
            ContentDefinition("""{ "FieldName": "DateField", "Name": "KundeSeit" }"""),
            Content(
                Item(1, "Zulu GmbH", """ "Customer": { "KundeSeit": { "Value": "2019-03-01T00:00:00Z" } } """),
                Item(2, "Berlin GmbH", """ "Customer": { "KundeSeit": { "Value": "2019-03-01T00:00:00+01:00" } } """),
                Item(3, "Tokio GmbH", """ "Customer": { "KundeSeit": { "Value": "2019-03-01T08:00:00+09:00" } } """),
                Item(4, "Datum GmbH", """ "Customer": { "KundeSeit": { "Value": "2019-03-01" } } """))));

        var customers = await CustomersAsync(site);
        Assert.All(customers.Values, c => Assert.Equal("2019-03-01", c.CustomFields["KundeSeit"].GetString()));
        site.Errors.AssertEmpty();
    }

    internal static string Recipe(string name, params string[] steps) => $$"""{ "name": "{{name}}", "steps": [ {{string.Join(", ", steps)}} ] }""";

    internal static string ContentDefinition(params string[] fields) =>
        $$"""{ "name": "ContentDefinition", "ContentParts": [ { "Name": "Customer", "ContentPartFieldDefinitionRecords": [ {{string.Join(", ", fields)}} ] } ] }""";

    internal static string Content(params string[] items) => $$"""{ "name": "content", "data": [ {{string.Join(", ", items)}} ] }""";

    /// <param name="parts">More parts, as JSON members; a part given twice is the later one.</param>
    internal static string Item(int number, string company, string? parts = null)
    {
        var item = JsonNode.Parse($$"""
            { "ContentItemId": "test-{{number}}", "ContentType": "Customer", "DisplayText": "{{company}}",
              "CustomerPart": { "Kind": "Company" }, "NamePart": { "CompanyName": "{{company}}" },
              "AddressesPart": { "Addresses": [ { "Type": "Recipient", "Street": "Hauptstraße {{number}}", "PostalCode": "10115", "City": "Berlin", "Country": "DE" } ] } }
            """)!.AsObject();
        if (parts is not null)
        {
            foreach (var (key, value) in JsonNode.Parse("{" + parts + "}")!.AsObject().ToList())
            {
                item[key] = value?.DeepClone();
            }
        }

        return item.ToJsonString();
    }

    internal static Task RunAsync(SiteFactory site, string json) =>
        site.InTenantAsync("Default", sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(json, "test"), new Dictionary<string, object?>(), null, CancellationToken.None));

    /// <returns>The message of the recipe's failure.</returns>
    internal static async Task<string> FailAsync(SiteFactory site, string json)
    {
        var exception = await Assert.ThrowsAsync<RecipeStepException>(() => RunAsync(site, json));
        return exception.Message;
    }

    private static Task<Dictionary<string, Customer>> CustomersAsync(SiteFactory site) =>
        site.InTenantAsync("Default", sp => sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().ToDictionaryAsync(c => c.ContentItemId!));

    private static Task<int> HistoryCountAsync(SiteFactory site) =>
        site.InTenantAsync("Default", sp => sp.GetRequiredService<CrmDbContext>().Activities.CountAsync());

    private static JsonObject DemoContentStep()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "recipes", "demo.recipe.json")))!;
        return recipe["steps"]!.AsArray().Single(s => (string?)s!["name"] == "content")!.DeepClone().AsObject();
    }
}
