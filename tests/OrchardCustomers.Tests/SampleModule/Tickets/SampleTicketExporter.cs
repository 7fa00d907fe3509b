using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Recipes.Export;

namespace OrchardCustomers.Tests.SampleModule.Tickets;

/// <summary>Exports the tenant's tickets in the shape <see cref="SampleTicketRecipeHandler"/> reads.</summary>
[Feature(SampleFeature.Id)]
public sealed class SampleTicketExporter(SampleDbContext db) : IContentExporter
{
    public string ContentType => SampleTicket.ContentType;

    public async IAsyncEnumerable<JsonObject> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var ticket in db.Tickets.AsNoTracking().OrderBy(t => t.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new JsonObject
            {
                ["ContentItemId"] = "ticket-" + ticket.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [nameof(ContentType)] = ContentType,
                ["DisplayText"] = ticket.Title,
                [SampleTicketRecipeHandler.PartName] = new JsonObject { ["Title"] = ticket.Title, ["Status"] = ticket.Status },
            };
        }
    }
}
