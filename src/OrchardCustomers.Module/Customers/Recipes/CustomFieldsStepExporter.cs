using System.Globalization;
using System.Text.Json.Nodes;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Recipes.Export;
using OrchardCustomers.Module.Customers.CustomFields;

namespace OrchardCustomers.Module.Customers.Recipes;

/// <summary>The <c>ContentDefinition</c> step: the custom fields as fields of the part "Customer", as <see cref="ContentDefinitionStep"/> reads them.</summary>
[Feature(CustomersFeature.Id)]
public sealed class CustomFieldsStepExporter(CustomFieldService customFields) : IRecipeStepExporter
{
    public int Order => 200;

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var fields = await customFields.GetAllAsync(cancellationToken);
        if (fields.Count == 0)
        {
            return null;
        }

        var records = new JsonArray();
        foreach (var field in fields)
        {
            records.Add(ToRecord(field));
        }

        return new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = new JsonArray(new JsonObject { ["Name"] = CustomerContentExporter.TypeName }),
            ["ContentParts"] = new JsonArray(new JsonObject { ["Name"] = CustomerContentExporter.TypeName, ["ContentPartFieldDefinitionRecords"] = records }),
        };
    }

    private static JsonObject ToRecord(CustomFieldDefinition field)
    {
        var fieldName = field.Type switch
        {
            CustomFieldType.Number => "NumericField",
            CustomFieldType.Date => "DateField",
            CustomFieldType.YesNo => "BooleanField",
            _ => "TextField",
        };
        var settings = new JsonObject
        {
            ["ContentPartFieldSettings"] = new JsonObject
            {
                ["DisplayName"] = field.Label,
                ["Position"] = field.Position.ToString(CultureInfo.InvariantCulture),
            },
            [fieldName + "Settings"] = new JsonObject { ["Required"] = field.Required, ["Hint"] = field.Hint },
            ["ListColumnSettings"] = new JsonObject { ["ShowInList"] = field.ShowInList },
        };
        if (field.Type == CustomFieldType.Choice)
        {
            settings["TextFieldPredefinedListEditorSettings"] = new JsonObject
            {
                ["Options"] = new JsonArray([.. field.Options.Select(o => (JsonNode)new JsonObject { ["name"] = o, ["value"] = o })]),
            };
        }

        return new JsonObject { ["FieldName"] = fieldName, ["Name"] = field.Name, ["Settings"] = settings };
    }
}
