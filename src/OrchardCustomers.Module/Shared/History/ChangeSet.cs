using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Shared.History;

/// <summary>The fields that differ between two states of a content item, named as the API names them.</summary>
public static class ChangeSet
{
    public static IReadOnlyList<FieldChange> Between(object before, object after)
    {
        var old = Flatten(before);
        var current = Flatten(after);
        return [.. old.Keys.Union(current.Keys).Order(StringComparer.Ordinal)
            .Select(key => new FieldChange(key, old.GetValueOrDefault(key), current.GetValueOrDefault(key)))
            .Where(c => c.Old != c.New)];
    }

    public static Dictionary<string, string?> Flatten(object value)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        Walk(JsonSerializer.SerializeToNode(value, JsonColumn.Options), "", result);
        return result;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string?> result)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Walk(child, path.Length == 0 ? key : $"{path}.{key}", result);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", result);
                }

                break;
            case JsonValue leaf:
                var text = leaf.GetValueKind() == JsonValueKind.String ? leaf.GetValue<string>() : leaf.ToJsonString();
                if (!string.IsNullOrEmpty(text) && text != "false" && text != "0")
                {
                    result[path] = text;
                }

                break;
        }
    }
}
