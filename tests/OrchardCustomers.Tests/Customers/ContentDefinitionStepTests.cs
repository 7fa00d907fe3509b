using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;
using static OrchardCustomers.Tests.Customers.ContentStepTests;

namespace OrchardCustomers.Tests.Customers;

/// <summary>Orchard's <c>ContentDefinition</c> step: the fields of the part "Customer" become the tenant's custom fields.</summary>
public abstract class ContentDefinitionStepTests : IAsyncLifetime
{
    private DatabaseSite _database = null!;

    protected abstract DatabaseKind Kind { get; }

    private SiteFactory Site => _database.Site;

    public async Task InitializeAsync() => _database = await DatabaseSite.StartAsync(Kind);

    private const string Fields = """
        { "FieldName": "TextField", "Name": "Notiz", "Settings": {
            "ContentPartFieldSettings": { "DisplayName": "Notiz", "Position": "4", "Description": "Freitext" },
            "TextFieldSettings": { "Hint": "Kurz halten", "Required": true } } },
        { "FieldName": "TextField", "Name": "Branche", "Settings": {
            "ContentPartFieldSettings": { "DisplayName": "Branche", "Position": "0", "Editor": "PredefinedList" },
            "TextFieldPredefinedListEditorSettings": { "Options": [ { "name": "Handel", "value": "Handel" }, { "name": "Öffentliche Hand", "value": "Öffentliche Hand" } ], "Editor": 1 },
            "ListColumnSettings": { "ShowInList": true } } },
        { "FieldName": "NumericField", "Name": "Mitarbeiter", "Settings": {
            "ContentPartFieldSettings": { "DisplayName": "Mitarbeiter", "Position": 1 },
            "NumericFieldSettings": { "Hint": "Anzahl der Beschäftigten", "Required": false, "Scale": 0 } } },
        { "FieldName": "DateField", "Name": "KundeSeit", "Settings": {
            "ContentPartFieldSettings": { "DisplayName": "Kunde seit", "Position": "2" }, "ListColumnSettings": { "ShowInList": true } } },
        { "FieldName": "BooleanField", "Name": "Newsletter" }
        """;

    [Fact]
    public async Task Each_field_kind_becomes_a_custom_field_of_its_type_and_a_second_run_updates_it()
    {
        await RunAsync(Site, Recipe("fields",
            """{ "name": "ContentDefinition", "ContentTypes": [ { "Name": "Customer", "DisplayName": "Kunde", "ContentTypePartDefinitionRecords": [ { "PartName": "Customer", "Name": "Customer" } ] } ] }""",
            ContentDefinition(Fields)));

        var fields = (await DefinitionsAsync()).ToDictionary(f => f.Name);
        Assert.Equal(5, fields.Count);

        var note = fields["Notiz"];
        Assert.Equal((CustomFieldType.Text, "Notiz", 4, "Kurz halten", true, false), (note.Type, note.Label, note.Position, note.Hint, note.Required, note.ShowInList));
        var branch = fields["Branche"];
        Assert.Equal((CustomFieldType.Choice, 0, true, false), (branch.Type, branch.Position, branch.ShowInList, branch.Required));
        Assert.Equal(["Handel", "Öffentliche Hand"], branch.Options);
        var staff = fields["Mitarbeiter"];
        Assert.Equal((CustomFieldType.Number, 1, "Anzahl der Beschäftigten"), (staff.Type, staff.Position, staff.Hint));
        var since = fields["KundeSeit"];
        Assert.Equal((CustomFieldType.Date, "Kunde seit", 2, true), (since.Type, since.Label, since.Position, since.ShowInList));
        var newsletter = fields["Newsletter"];
        Assert.Equal((CustomFieldType.YesNo, "Newsletter", 4, false), (newsletter.Type, newsletter.Label, newsletter.Position, newsletter.ShowInList));

        await RunAsync(Site, Recipe("fields-again", ContentDefinition("""
            { "FieldName": "TextField", "Name": "Branche", "Settings": {
                "ContentPartFieldSettings": { "DisplayName": "Wirtschaftszweig", "Position": "0" },
                "TextFieldPredefinedListEditorSettings": { "Options": [ { "name": "Handel", "value": "Handel" }, { "name": "Handwerk", "value": "Handwerk" } ] } } }
            """)));
        var again = await DefinitionsAsync();
        Assert.Equal(5, again.Count);
        var renamed = again.Single(f => f.Name == "Branche");
        Assert.Equal(("Wirtschaftszweig", false), (renamed.Label, renamed.ShowInList));
        Assert.Equal(["Handel", "Handwerk"], renamed.Options);

        // The values of an item follow the field types.
        await RunAsync(Site, Recipe("values", Content(Item(1, "Typen GmbH", """
            "Customer": { "Notiz": { "Text": "Zahlt pünktlich" }, "Branche": { "Text": "Handwerk" }, "Mitarbeiter": { "Value": 12.5 },
                          "KundeSeit": { "Value": "2020-02-29T00:00:00Z" }, "Newsletter": { "Value": false } }
            """))));
        var values = await Site.InTenantAsync("Default", sp => sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().Select(c => c.CustomFields).SingleAsync());
        Assert.Equal(("Zahlt pünktlich", "Handwerk", 12.5m, "2020-02-29", JsonValueKind.False),
            (values["Notiz"].GetString(), values["Branche"].GetString(), values["Mitarbeiter"].GetDecimal(), values["KundeSeit"].GetString(), values["Newsletter"].ValueKind));
        Site.Errors.AssertEmpty();
    }

    [Theory]
    [InlineData("""{ "FieldName": "HtmlField", "Name": "Beschreibung" }""", "'Beschreibung' is a 'HtmlField'")]
    [InlineData("""{ "Name": "OhneArt" }""", "'OhneArt'")]
    [InlineData("""{ "FieldName": "TextField", "Name": "Kunde seit" }""", "'Kunde seit' must start with a letter")]
    [InlineData("""{ "FieldName": "TextField" }""", "no Name")]
    public async Task A_field_that_cannot_be_mapped_stops_the_recipe_and_keeps_no_field(string field, string expected)
    {
        var message = await FailAsync(Site, Recipe("bad-field", ContentDefinition("""{ "FieldName": "BooleanField", "Name": "Newsletter" }""", field)));

        Assert.Contains("Recipe 'bad-field', step 1 (ContentDefinition)", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Empty(await DefinitionsAsync());
        Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task An_unknown_content_type_or_part_is_a_clear_error()
    {
        var type = await FailAsync(Site, Recipe("article", ContentDefinition("""{ "FieldName": "BooleanField", "Name": "Newsletter" }"""),
            """{ "name": "ContentDefinition", "ContentTypes": [ { "Name": "Article", "DisplayName": "Artikel" } ] }"""));
        Assert.Contains("Recipe 'article', step 2 (ContentDefinition)", type, StringComparison.Ordinal);
        Assert.Contains("content type 'Article' is not known", type, StringComparison.Ordinal);

        var part = await FailAsync(Site, Recipe("article-part",
            """{ "name": "ContentDefinition", "ContentParts": [ { "Name": "ArticlePart", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Titel" } ] } ] }"""));
        Assert.Contains("Recipe 'article-part', step 1 (ContentDefinition)", part, StringComparison.Ordinal);
        Assert.Contains("part 'ArticlePart' is not known", part, StringComparison.Ordinal);

        var item = await FailAsync(Site, Recipe("article-item", """{ "name": "content", "data": [ { "ContentItemId": "a-1", "ContentType": "Article", "DisplayText": "Hallo" } ] }"""));
        Assert.Contains("Recipe 'article-item', step 1 (content): Item 1 (Hallo)", item, StringComparison.Ordinal);
        Assert.Contains("content type 'Article' is not known", item, StringComparison.Ordinal);

        Assert.Empty(await DefinitionsAsync());
        Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_misspelt_key_of_a_customer_step_is_an_error_not_ignored()
    {
        var definition = await FailAsync(Site, Recipe("typo",
            """{ "name": "ContentDefinition", "ContentPart": [ { "Name": "Customer", "ContentPartFieldDefinitionRecords": [ { "FieldName": "BooleanField", "Name": "Newsletter" } ] } ] }"""));
        Assert.Contains("Recipe 'typo', step 1 (ContentDefinition): Unknown key(s): ContentPart.", definition, StringComparison.Ordinal);

        var content = await FailAsync(Site, Recipe("typo-content", ContentDefinition("""{ "FieldName": "BooleanField", "Name": "Newsletter" }"""),
            $$"""{ "name": "content", "data": [], "items": [ {{Item(1, "Vertippt GmbH")}} ] }"""));
        Assert.Contains("Recipe 'typo-content', step 2 (content): Unknown key(s): items.", content, StringComparison.Ordinal);

        Assert.Empty(await DefinitionsAsync());
        Site.Errors.AssertEmpty();
    }

    private Task<List<CustomFieldDefinition>> DefinitionsAsync() =>
        Site.InTenantAsync("Default", sp => sp.GetRequiredService<CrmDbContext>().CustomFieldDefinitions.AsNoTracking().ToListAsync());

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
