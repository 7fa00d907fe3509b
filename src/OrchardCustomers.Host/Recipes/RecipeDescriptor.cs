using System.Text.Json.Nodes;

namespace OrchardCustomers.Host.Recipes;

/// <summary>A recipe in Orchard's JSON shape: its header, and the document its steps are read from.</summary>
public sealed class RecipeDescriptor
{
    public required string Name { get; init; }

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public string Author { get; init; } = "";

    public string Website { get; init; } = "";

    public string Version { get; init; } = "";

    public bool IsSetupRecipe { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The file it was read from, or "upload".</summary>
    public string Source { get; init; } = "";

    public required JsonObject Document { get; init; }
}
