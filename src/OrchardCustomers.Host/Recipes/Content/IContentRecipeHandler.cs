using System.Text.Json.Nodes;

namespace OrchardCustomers.Host.Recipes.Content;

/// <summary>
/// Imports the items of one content type from the <c>content</c> recipe step (Orchard's content item JSON:
/// ContentItemId, ContentType, DisplayText, parts). Register it with <c>AddContentRecipeHandler&lt;T&gt;()</c> and mark
/// the class with its feature: in a tenant where that feature is disabled the type is unknown to the step.
/// Throw <see cref="RecipeStepValueException"/> for a bad value; the step adds the item and the executor the step.
/// </summary>
public interface IContentRecipeHandler
{
    /// <summary>The <c>ContentType</c> this handler imports, compared without regard to case.</summary>
    string ContentType { get; }

    Task ImportAsync(JsonObject item, RecipeStepContext context, CancellationToken cancellationToken);
}
