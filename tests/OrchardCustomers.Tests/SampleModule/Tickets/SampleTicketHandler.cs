using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Shared.Content;

namespace OrchardCustomers.Tests.SampleModule.Tickets;

/// <summary>
/// SampleModule's lifecycle handler: it stamps its tickets, refuses to delete a locked one, and throws after saving an
/// item named <see cref="FailingName"/> (a ticket or a customer), so that tests can see a handler's failure roll the
/// whole save back; it refuses to rename a customer to <see cref="RefusedName"/>, so that tests can see a refusal reach
/// the form and the API.
/// </summary>
[Feature(SampleFeature.Id)]
public sealed class SampleTicketHandler : ContentHandlerBase
{
    public const string Stamp = "Tests.Sample";
    public const string FailingName = "Handler fails here";
    public const string LockedStatus = "Locked";
    public const string RefusedName = "Refused by the sample";
    public const string RefusedReason = "The sample feature refuses this name.";

    public override Task CreatingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item is SampleTicket ticket)
        {
            ticket.StampedBy = Stamp;
        }

        return Task.CompletedTask;
    }

    public override Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => context.Item switch
    {
        SampleTicket { Title: FailingName } or Customer { DisplayName: FailingName } =>
            throw new InvalidOperationException($"The sample handler fails on {context.ContentType} {context.ItemId}."),
        _ => Task.CompletedTask,
    };

    public override Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item is Customer { DisplayName: RefusedName })
        {
            context.Cancel(RefusedReason);
        }

        return Task.CompletedTask;
    }

    public override Task DeletingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item is SampleTicket { Status: LockedStatus })
        {
            context.Cancel("A locked ticket cannot be deleted.");
        }

        return Task.CompletedTask;
    }
}
