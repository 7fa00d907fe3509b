using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OrchardCustomers.Host.Recipes;

public sealed class RecipeStepContext
{
    private static readonly JsonSerializerOptions StrictOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    public required RecipeDescriptor Recipe { get; init; }

    /// <summary>The step's position in its recipe, counted from 1.</summary>
    public required int StepNumber { get; init; }

    public required string StepName { get; init; }

    /// <summary>The step with its expressions already evaluated.</summary>
    public required JsonObject Step { get; init; }

    public required IReadOnlyDictionary<string, object?> Parameters { get; init; }

    /// <summary>How deep this recipe is nested in others (0 for the recipe that was run).</summary>
    public required int Depth { get; init; }

    /// <summary>
    /// Reads the step into a typed model. Unknown keys are errors, so that a typo in a recipe fails loudly
    /// instead of being ignored.
    /// </summary>
    public T Read<T>()
    {
        var copy = (JsonObject)Step.DeepClone();
        foreach (var key in copy.Select(p => p.Key).Where(k => string.Equals(k, "name", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            copy.Remove(key);
        }

        try
        {
            return copy.Deserialize<T>(StrictOptions) ?? throw new RecipeStepValueException("The step is empty.");
        }
        catch (JsonException ex)
        {
            throw new RecipeStepValueException(ex.Path is { Length: > 0 } path ? $"{ex.Message.Split(" Path:")[0]} (at {path})" : ex.Message);
        }
    }
}
