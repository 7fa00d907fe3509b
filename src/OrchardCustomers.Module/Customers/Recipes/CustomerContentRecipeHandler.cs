using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Recipes.Content;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Recipes;

/// <summary>
/// Imports Customer items of the <c>content</c> step: <c>{ "ContentItemId", "ContentType": "Customer", "DisplayText",
/// "CustomerPart", "NamePart", "ContactPart", "AddressesPart", "TaxPart", "BillingPart", "EInvoicingPart",
/// "OrganisationPart", "ContactsPart", "LocationPart", "Customer": { custom fields } }</c>. An item whose
/// ContentItemId exists already is updated, its status included; contact persons without an "Id" keep the one of the
/// stored contact with the same name. Items are validated like the admin form; duplicates are allowed.
/// </summary>
[Feature(CustomersFeature.Id)]
public sealed class CustomerContentRecipeHandler(CustomerService customers, CustomFieldService customFields, CrmDbContext db) : IContentRecipeHandler
{
    /// <summary>The options the parts are read with; <see cref="CustomerContentExporter"/> writes them so that these read them back.</summary>
    internal static readonly JsonSerializerOptions PartOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly HashSet<string> ItemKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author",
    };

    public string ContentType => CustomerContentExporter.TypeName;

    public async Task ImportAsync(JsonObject item, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var fields = await customFields.GetAllAsync(cancellationToken);
        var (input, part) = ToInput(item, fields);
        var contentItemId = Text(item, "ContentItemId");
        if (contentItemId is { Length: > 64 })
        {
            throw new RecipeStepValueException("ContentItemId: at most 64 characters.");
        }

        var existing = contentItemId is null ? null : await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.ContentItemId == contentItemId, cancellationToken);
        if (existing is not null)
        {
            KeepContactIds(item, input, existing);
        }

        var result = existing is null
            ? await customers.CreateAsync(input, allowDuplicates: true, user: null, cancellationToken)
            : await customers.UpdateAsync(existing.Id, existing.Version, input, allowDuplicates: true, user: null, cancellationToken);
        if (!result.Succeeded)
        {
            throw new RecipeStepValueException(string.Join(" ", result.Errors.Select(e => $"{e.Field}: {e.Message}")) is { Length: > 0 } errors ? errors : result.Status.ToString());
        }

        var customer = result.Customer!;
        if (contentItemId is not null && customer.ContentItemId != contentItemId)
        {
            customer.ContentItemId = contentItemId;
            await db.SaveChangesAsync(cancellationToken);
        }

        // The recipe says what the status is, also when the item was archived or restored since the last run.
        var statusResult = (part.Status, customer.Status) switch
        {
            (CustomerStatus.Archived, CustomerStatus.Active) => await customers.ArchiveAsync(customer.Id, null, user: null, cancellationToken),
            (CustomerStatus.Active, CustomerStatus.Archived) => await customers.RestoreAsync(customer.Id, null, user: null, cancellationToken),
            _ => null,
        };
        if (statusResult is { Succeeded: false })
        {
            throw new RecipeStepValueException($"The status could not be set to {part.Status}: {statusResult.Status}.");
        }
    }

    /// <summary>
    /// A contact person written without an "Id" keeps the id of the stored contact with the same name, so that running
    /// a recipe again changes nothing that did not change.
    /// </summary>
    private static void KeepContactIds(JsonObject item, CustomerInput input, Customer existing)
    {
        var written = RecipeParser.Get(item, "ContactsPart") is JsonObject part && RecipeParser.Get(part, "Contacts") is JsonArray array ? array : [];
        var free = existing.Contacts.ToList();
        for (var i = 0; i < input.Contacts.Count && i < written.Count; i++)
        {
            if (written[i] is JsonObject contact && RecipeParser.Get(contact, "Id") is not null)
            {
                free.RemoveAll(c => c.Id == input.Contacts[i].Id);
                continue;
            }

            var match = free.FirstOrDefault(c => string.Equals(c.FirstName ?? "", input.Contacts[i].FirstName ?? "", StringComparison.OrdinalIgnoreCase)
                && string.Equals(c.LastName, input.Contacts[i].LastName ?? "", StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                input.Contacts[i].Id = match.Id;
                free.Remove(match);
            }
        }
    }

    private static (CustomerInput Input, CustomerPartModel Part) ToInput(JsonObject item, IReadOnlyList<CustomFieldDefinition> fields)
    {
        var unknown = item.Select(p => p.Key).Where(k => !ItemKeys.Contains(k) && !Parts.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new RecipeStepValueException($"Unknown part(s): {string.Join(", ", unknown)}.");
        }

        var part = Part<CustomerPartModel>(item, "CustomerPart") ?? new CustomerPartModel();
        var name = Part<NamePart>(item, "NamePart") ?? new NamePart();
        var contact = Part<ContactChannelsPart>(item, "ContactPart") ?? new ContactChannelsPart();
        var tax = Part<TaxPart>(item, "TaxPart") ?? new TaxPart();
        var billing = Part<BillingPart>(item, "BillingPart") ?? new BillingPart();
        var eInvoicing = Part<EInvoicingPart>(item, "EInvoicingPart") ?? new EInvoicingPart();
        var organisation = Part<OrganisationPart>(item, "OrganisationPart") ?? new OrganisationPart();
        var location = Part<LocationPart>(item, "LocationPart");
        var customer = new Customer
        {
            Kind = part.Kind,
            DebtorNumber = part.DebtorNumber,
            IsReadOnly = part.IsReadOnly,
            Name = name,
            Contact = contact,
            Addresses = Part<AddressesPartModel>(item, "AddressesPart")?.Addresses ?? [],
            Tax = tax,
            Billing = billing,
            EInvoicing = eInvoicing,
            Organisation = organisation,
            Contacts = Contacts(item),
            Location = location,
        };

        var input = CustomerMapper.ToInput(customer);
        input.CustomFields = CustomFields(item, fields);
        return (input, part);
    }

    private static ContactPerson[] Contacts(JsonObject item) => Part<ContactsPartModel>(item, "ContactsPart")?.Contacts ?? [];

    private static readonly HashSet<string> Parts = new(StringComparer.OrdinalIgnoreCase)
    {
        "CustomerPart", "NamePart", "ContactPart", "AddressesPart", "TaxPart", "BillingPart", "EInvoicingPart", "OrganisationPart", "ContactsPart", "LocationPart", "Customer",
    };

    /// <summary>Orchard keeps a type's own fields under a part named after the type: <c>"Customer": { "Branch": { "Text": "Handel" } }</c>.</summary>
    private static Dictionary<string, string?> CustomFields(JsonObject item, IReadOnlyList<CustomFieldDefinition> fields)
    {
        var values = new Dictionary<string, string?>();
        if (RecipeParser.Get(item, "Customer") is not JsonObject own)
        {
            return values;
        }

        foreach (var (fieldName, node) in own)
        {
            var definition = fields.FirstOrDefault(f => f.Name == fieldName) ?? throw new RecipeStepValueException($"There is no custom field '{fieldName}'.");
            var value = node is JsonObject holder ? RecipeParser.Get(holder, "Text") ?? RecipeParser.Get(holder, "Value") : node;
            values[fieldName] = value switch
            {
                null => null,
                // The day as written ("2019-03-01T00:00:00+01:00" is the 1st), not as the server's time zone sees it.
                JsonValue v when definition.Type == CustomFieldType.Date && v.TryGetValue(out string? date) =>
                    DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date,
                JsonValue v when v.TryGetValue(out string? text) => text,
                JsonValue v when v.TryGetValue(out bool flag) => flag ? "true" : "false",
                JsonValue v => v.ToJsonString(),
                _ => throw new RecipeStepValueException($"The value of '{fieldName}' is not a text, number, date or yes/no."),
            };
        }

        return values;
    }

    private static T? Part<T>(JsonObject item, string name) where T : class
    {
        if (RecipeParser.Get(item, name) is not JsonObject part)
        {
            return null;
        }

        try
        {
            return part.Deserialize<T>(PartOptions);
        }
        catch (JsonException ex)
        {
            throw new RecipeStepValueException($"{name}: {ex.Message.Split(" Path:")[0]}");
        }
    }

    private static string? Text(JsonObject node, string key) => RecipeParser.Get(node, key) is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
