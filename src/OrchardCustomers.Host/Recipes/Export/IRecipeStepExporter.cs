using System.Text.Json.Nodes;

namespace OrchardCustomers.Host.Recipes.Export;

/// <summary>
/// Writes one step of the export recipe (Orchard's deployment-plan source), in the shape the step of the same name
/// accepts. Register it with <c>AddRecipeStepExporter&lt;T&gt;()</c> and mark the class with its feature: a disabled
/// feature exports nothing. Secrets (password hashes, tokens, keys) are never written.
/// </summary>
public interface IRecipeStepExporter
{
    /// <summary>Steps are written by ascending order: features (0) before settings (100), definitions (200) and roles (300).</summary>
    int Order { get; }

    /// <returns>The step with its "name", or null when there is nothing to export.</returns>
    Task<JsonObject?> ExportAsync(CancellationToken cancellationToken);
}
