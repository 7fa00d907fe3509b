using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Recipes.Export;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>Exports the tenant's <see cref="SampleStore"/> items as SampleItem content items.</summary>
[Feature(SampleFeature.Id)]
public sealed class SampleContentExporter(ShellContext shell) : IContentExporter
{
    public string ContentType => SampleContentRecipeHandler.TypeName;

    public async IAsyncEnumerable<JsonObject> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var text in SampleStore.For(shell.Settings.Name))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new JsonObject { [nameof(ContentType)] = ContentType, ["SamplePart"] = new JsonObject { ["Text"] = text } };
        }

        await Task.CompletedTask;
    }
}
