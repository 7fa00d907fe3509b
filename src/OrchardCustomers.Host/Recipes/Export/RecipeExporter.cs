using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Recipes.Export;

/// <summary>
/// Writes the tenant as one recipe: the steps of the enabled <see cref="IRecipeStepExporter"/>s, then one
/// <c>content</c> step per enabled <see cref="IContentExporter"/>. Items are written and flushed as they are read, so
/// the export holds one page of items at a time, however large the tenant.
/// </summary>
public sealed class RecipeExporter(
    IEnumerable<IRecipeStepExporter> stepExporters,
    IEnumerable<IContentExporter> contentExporters,
    ShellFeaturesManager features,
    ShellContext shell,
    TimeProvider clock,
    ILogger<RecipeExporter> logger)
{
    /// <summary>What the recipe leaves out, and why; it is the recipe's description, so whoever runs it reads it.</summary>
    public const string Description =
        "Exported content items, custom field definitions, settings, roles with their permissions and enabled features. " +
        "Not exported: users, password hashes, API tokens and data-protection keys (secrets), nor the activity history, " +
        "notes, files and pictures of items (they belong to the items' past, not to what a recipe sets up). " +
        "Numbers are issued again by the target's number ranges, in the exported order.";

    private const int FlushEvery = 100;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string FileName => $"{shell.Settings.Name}-export-{clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.recipe.json";

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("name", $"export-{shell.Settings.Name}");
        writer.WriteString("displayName", $"Export of {shell.Settings.Name}, {now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        writer.WriteString("description", Description);
        writer.WriteString("author", "OrchardCustomers");
        writer.WriteString("version", now.ToString("yyyyMMdd.HHmm", CultureInfo.InvariantCulture));
        writer.WriteBoolean("issetuprecipe", false);
        writer.WriteStartArray("categories");
        writer.WriteStringValue("export");
        writer.WriteEndArray();
        writer.WriteStartArray("steps");

        foreach (var exporter in (await features.WhereEnabledAsync(stepExporters, cancellationToken)).OrderBy(e => e.Order))
        {
            if (await exporter.ExportAsync(cancellationToken) is { } step)
            {
                step.WriteTo(writer);
            }
        }

        var items = 0;
        foreach (var exporter in await features.WhereEnabledAsync(contentExporters, cancellationToken))
        {
            var started = false;
            await foreach (var item in exporter.ExportAsync(cancellationToken))
            {
                // A type without items writes no step.
                if (!started)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", "content");
                    writer.WriteStartArray("data");
                    started = true;
                }

                item.WriteTo(writer);
                if (++items % FlushEvery == 0)
                {
                    await writer.FlushAsync(cancellationToken);
                }
            }

            if (started)
            {
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        logger.LogInformation("Exported the tenant {Tenant} as a recipe with {ItemCount} content items", shell.Settings.Name, items);
    }
}
