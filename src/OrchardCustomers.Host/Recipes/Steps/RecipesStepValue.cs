using System.Text.Json.Serialization;

namespace OrchardCustomers.Host.Recipes.Steps;

public sealed class RecipesStepValue
{
    [JsonPropertyName("executionid")]
    public string? ExecutionId { get; init; }

    public string Name { get; init; } = "";
}
