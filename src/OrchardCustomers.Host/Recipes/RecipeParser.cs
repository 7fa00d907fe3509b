using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCustomers.Host.Recipes;

/// <summary>Reads a recipe file. Header keys are matched without regard to case, as Orchard does.</summary>
public static class RecipeParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <exception cref="RecipeFormatException">The text is not a recipe.</exception>
    public static RecipeDescriptor Parse(string json, string source)
    {
        JsonObject document;
        try
        {
            document = JsonNode.Parse(json, documentOptions: DocumentOptions) as JsonObject
                ?? throw new RecipeFormatException("A recipe must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new RecipeFormatException($"The recipe is not valid JSON: {ex.Message}", ex);
        }

        var name = Text(document, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RecipeFormatException("The recipe has no \"name\".");
        }

        if (Get(document, "steps") is not JsonArray)
        {
            throw new RecipeFormatException($"The recipe '{name}' has no \"steps\" array.");
        }

        return new RecipeDescriptor
        {
            Name = name,
            DisplayName = Text(document, "displayName") ?? name,
            Description = Text(document, "description") ?? "",
            Author = Text(document, "author") ?? "",
            Website = Text(document, "website") ?? "",
            Version = Text(document, "version") ?? "",
            IsSetupRecipe = Get(document, "issetuprecipe") is JsonValue flag && flag.TryGetValue(out bool isSetup) && isSetup,
            Categories = Strings(document, "categories"),
            Tags = Strings(document, "tags"),
            Source = source,
            Document = document,
        };
    }

    public static JsonNode? Get(JsonObject node, string key) =>
        node.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonObject node, string key) => Get(node, key) is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static IReadOnlyList<string> Strings(JsonObject node, string key) =>
        Get(node, key) is JsonArray array ? [.. array.OfType<JsonValue>().Select(v => v.TryGetValue(out string? s) ? s : null).OfType<string>()] : [];
}
