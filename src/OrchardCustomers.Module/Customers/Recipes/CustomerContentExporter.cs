using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Recipes.Export;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Recipes;

/// <summary>
/// Writes every customer as a Customer content item that <see cref="CustomerContentRecipeHandler"/> reads back, in the
/// order they were created, so that the target's number ranges give them the same numbers. Reads in pages by id.
/// A customer created in the admin has no ContentItemId; it gets "customer-{id}", so that the recipe can run again.
/// </summary>
[Feature(CustomersFeature.Id)]
public sealed class CustomerContentExporter(CrmDbContext db, CustomFieldService customFields) : IContentExporter
{
    public const string TypeName = "Customer";

    private const int PageSize = 200;

    private static readonly JsonSerializerOptions PartOptions = new(JsonSerializerDefaults.General)
    {
        IgnoreReadOnlyProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ContentType => TypeName;

    public async IAsyncEnumerable<JsonObject> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Read before the pages: the tenant's contexts share one connection, which holds one reader at a time.
        var fields = await customFields.GetAllAsync(cancellationToken);
        var after = 0L;
        while (true)
        {
            var page = await db.Customers.AsNoTracking().Where(c => c.Id > after).OrderBy(c => c.Id).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var customer in page)
            {
                yield return ToItem(customer, fields);
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    private static JsonObject ToItem(Customer customer, IReadOnlyList<CustomFieldDefinition> fields)
    {
        var item = new JsonObject
        {
            ["ContentItemId"] = customer.ContentItemId ?? $"customer-{customer.Id}",
            [nameof(ContentType)] = TypeName,
            ["DisplayText"] = customer.DisplayName,
            ["CustomerPart"] = Part(new CustomerPartModel { Kind = customer.Kind, DebtorNumber = customer.DebtorNumber, Status = customer.Status, IsReadOnly = customer.IsReadOnly }),
            ["NamePart"] = Part(customer.Name),
            ["ContactPart"] = Part(customer.Contact),
            ["AddressesPart"] = Part(new AddressesPartModel { Addresses = [.. customer.Addresses] }),
            ["TaxPart"] = Part(customer.Tax),
            ["BillingPart"] = Part(customer.Billing),
            ["EInvoicingPart"] = Part(customer.EInvoicing),
            ["OrganisationPart"] = Part(customer.Organisation),
            ["ContactsPart"] = Part(new ContactsPartModel { Contacts = [.. customer.Contacts] }),
        };
        if (customer.Location is not null)
        {
            item["LocationPart"] = Part(customer.Location);
        }

        var own = new JsonObject();
        foreach (var field in fields)
        {
            if (customer.CustomFields.TryGetValue(field.Name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                // Orchard's field shapes: TextField holds "Text", the others "Value".
                own[field.Name] = field.Type is CustomFieldType.Text or CustomFieldType.Choice
                    ? new JsonObject { ["Text"] = JsonNode.Parse(value.GetRawText()) }
                    : new JsonObject { ["Value"] = JsonNode.Parse(value.GetRawText()) };
            }
        }

        if (own.Count > 0)
        {
            item[TypeName] = own;
        }

        return item;
    }

    private static JsonNode? Part<T>(T part) => JsonSerializer.SerializeToNode(part, PartOptions);
}
