using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Module.Customers.CustomFields;

namespace OrchardCustomers.Module.Customers.Recipes;

/// <summary>
/// Orchard's <c>ContentDefinition</c> step for the Customer type: the fields of the part named "Customer" become the
/// tenant's custom fields. TextField (a choice when it has a PredefinedList editor), NumericField, DateField and
/// BooleanField are understood; each field's ContentPartFieldSettings give its label, position and hint.
/// </summary>
[Feature(CustomersFeature.Id)]
public sealed partial class ContentDefinitionStep(CustomFieldService customFields) : IRecipeStepHandler
{
    public string StepName => "ContentDefinition";

    private static readonly HashSet<string> StepKeys = new(StringComparer.OrdinalIgnoreCase) { "name", "ContentTypes", "ContentParts" };

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var unknown = context.Step.Select(p => p.Key).Where(k => !StepKeys.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new RecipeStepValueException($"Unknown key(s): {string.Join(", ", unknown)}. The step takes ContentTypes and ContentParts.");
        }

        foreach (var type in Array(context.Step, "ContentTypes"))
        {
            var name = Text(type, "Name");
            if (name != "Customer")
            {
                throw new RecipeStepValueException($"The content type '{name}' is not known here; only 'Customer' can be defined.");
            }
        }

        foreach (var part in Array(context.Step, "ContentParts"))
        {
            var partName = Text(part, "Name");
            if (partName != "Customer")
            {
                throw new RecipeStepValueException($"The part '{partName}' is not known here; custom fields belong to the part 'Customer'.");
            }

            var position = 0;
            foreach (var field in Array(part, "ContentPartFieldDefinitionRecords"))
            {
                await customFields.SaveAsync(ToDefinition(field, position++), cancellationToken);
            }
        }
    }

    private static CustomFieldDefinition ToDefinition(JsonObject field, int defaultPosition)
    {
        var name = Text(field, "Name") ?? throw new RecipeStepValueException("A field has no Name.");
        if (!FieldName().IsMatch(name))
        {
            throw new RecipeStepValueException($"The field name '{name}' must start with a letter and use letters and digits only.");
        }

        var settings = RecipeParser.Get(field, "Settings") as JsonObject ?? [];
        var common = RecipeParser.Get(settings, "ContentPartFieldSettings") as JsonObject ?? [];
        var options = (RecipeParser.Get(settings, "TextFieldPredefinedListEditorSettings") as JsonObject) is { } list
            ? Array(list, "Options").Select(o => Text(o, "value") ?? Text(o, "name") ?? "").Where(v => v.Length > 0).ToList()
            : [];
        var fieldType = Text(field, "FieldName") switch
        {
            "TextField" when options.Count > 0 => CustomFieldType.Choice,
            "TextField" => CustomFieldType.Text,
            "NumericField" => CustomFieldType.Number,
            "DateField" => CustomFieldType.Date,
            "BooleanField" => CustomFieldType.YesNo,
            null => throw new RecipeStepValueException($"The field '{name}' has no FieldName; use TextField, NumericField, DateField or BooleanField."),
            var other => throw new RecipeStepValueException($"The field '{name}' is a '{other}'; TextField, NumericField, DateField and BooleanField are supported."),
        };
        var typeSettings = settings.Where(s => s.Key.EndsWith("FieldSettings", StringComparison.Ordinal) && s.Key != "ContentPartFieldSettings")
            .Select(s => s.Value).OfType<JsonObject>().FirstOrDefault() ?? [];

        return new CustomFieldDefinition
        {
            Name = name,
            Label = Text(common, "DisplayName") ?? name,
            Type = fieldType,
            Options = options,
            Required = Bool(typeSettings, "Required"),
            Hint = Text(typeSettings, "Hint") ?? Text(common, "Description"),
            ShowInList = Bool(RecipeParser.Get(settings, "ListColumnSettings") as JsonObject ?? [], "ShowInList"),
            Position = int.TryParse(Text(common, "Position"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) ? position : defaultPosition,
        };
    }

    private static IEnumerable<JsonObject> Array(JsonObject node, string key) =>
        RecipeParser.Get(node, key) is JsonArray array ? array.OfType<JsonObject>() : [];

    private static string? Text(JsonObject node, string key) => RecipeParser.Get(node, key) switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    private static bool Bool(JsonObject node, string key) => RecipeParser.Get(node, key) is JsonValue value && value.TryGetValue(out bool flag) && flag;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex FieldName();
}
