using System.Text.Json.Nodes;

namespace OrchardCustomers.Host.Recipes.Export;

/// <summary>
/// Writes the items of one content type for the export's <c>content</c> step, one at a time, in the shape that the
/// type's <see cref="Content.IContentRecipeHandler"/> imports. Register it with <c>AddContentExporter&lt;T&gt;()</c>
/// and mark the class with its feature. Read in pages: the export streams, so a large tenant is never held at once.
/// </summary>
public interface IContentExporter
{
    string ContentType { get; }

    IAsyncEnumerable<JsonObject> ExportAsync(CancellationToken cancellationToken);
}
