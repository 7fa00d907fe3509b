using System.Text.Json.Nodes;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Recipes.Content;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Tests.SampleModule;

/// <summary>A second content type for the <c>content</c> step: <c>{ "ContentType": "SampleItem", "SamplePart": { "Text": … } }</c>, kept in <see cref="SampleStore"/>.</summary>
[Feature(SampleFeature.Id)]
public sealed class SampleContentRecipeHandler(ShellContext shell) : IContentRecipeHandler
{
    public const string TypeName = "SampleItem";

    public string ContentType => TypeName;

    public Task ImportAsync(JsonObject item, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var text = item["SamplePart"]?["Text"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RecipeStepValueException("SamplePart.Text is missing.");
        }

        SampleStore.Add(shell.Settings.Name, text);
        return Task.CompletedTask;
    }
}
