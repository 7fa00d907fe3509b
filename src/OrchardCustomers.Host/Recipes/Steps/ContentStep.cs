using System.Text.Json.Nodes;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Recipes.Content;

namespace OrchardCustomers.Host.Recipes.Steps;

/// <summary>
/// Orchard's <c>content</c> step: <c>{ "name": "content", "data": [ { "ContentItemId", "ContentType", "DisplayText", parts… } ] }</c>.
/// Each item goes to the <see cref="IContentRecipeHandler"/> of its ContentType among the enabled features; a type
/// nobody imports stops the recipe with a message naming the type. The step itself knows no content type.
/// </summary>
public sealed class ContentStep(IEnumerable<IContentRecipeHandler> handlers, ShellFeaturesManager features) : IRecipeStepHandler
{
    public string StepName => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var unknown = context.Step.Select(p => p.Key).Where(k => !k.Equals("name", StringComparison.OrdinalIgnoreCase) && !k.Equals("data", StringComparison.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new RecipeStepValueException($"Unknown key(s): {string.Join(", ", unknown)}. The step takes a \"data\" array of content items.");
        }

        var items = RecipeParser.Get(context.Step, "data") as JsonArray ?? throw new RecipeStepValueException("The step has no \"data\" array.");
        var enabled = await features.WhereEnabledAsync(handlers, cancellationToken);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] as JsonObject ?? throw new RecipeStepValueException($"Item {i + 1} is not an object.");
            var label = $"Item {i + 1} ({Text(item, "DisplayText") ?? Text(item, "ContentItemId") ?? "?"})";
            var type = Text(item, "ContentType");
            if (string.IsNullOrWhiteSpace(type))
            {
                throw new RecipeStepValueException($"{label}: the item has no ContentType.");
            }

            var handler = enabled.FirstOrDefault(h => string.Equals(h.ContentType, type, StringComparison.OrdinalIgnoreCase))
                ?? throw new RecipeStepValueException($"{label}: the content type '{type}' is not known here; no enabled feature imports it.");
            try
            {
                await handler.ImportAsync(item, context, cancellationToken);
            }
            catch (RecipeStepValueException ex)
            {
                throw new RecipeStepValueException($"{label}: {ex.Message}");
            }
        }
    }

    private static string? Text(JsonObject node, string key) => RecipeParser.Get(node, key) is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
