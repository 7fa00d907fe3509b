using System.Text.Json.Nodes;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Recipes.Content;

namespace OrchardCustomers.Tests.SampleModule.Tickets;

/// <summary>
/// SampleModule's tickets in the <c>content</c> step: <c>{ "ContentType": "SampleTicket", "SampleTicketPart": { "Title": …, "Status": … } }</c>.
/// Saved through <see cref="SampleTicketService"/>, so the content handlers run for an imported ticket as for any other.
/// </summary>
[Feature(SampleFeature.Id)]
public sealed class SampleTicketRecipeHandler(SampleTicketService tickets) : IContentRecipeHandler
{
    public const string PartName = "SampleTicketPart";

    public string ContentType => SampleTicket.ContentType;

    public async Task ImportAsync(JsonObject item, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var part = item[PartName] as JsonObject ?? throw new RecipeStepValueException($"{PartName} is missing.");
        var input = new SampleTicketInput
        {
            Title = part["Title"]?.GetValue<string>() ?? "",
            Status = part["Status"]?.GetValue<string>() ?? "Open",
        };

        var result = await tickets.CreateAsync(input, user: null, cancellationToken);
        if (!result.Succeeded)
        {
            throw new RecipeStepValueException(string.Join(" ", result.Errors));
        }
    }
}
