using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Module.Shared.Content;
using OrchardCustomers.Module.Shared.History;

namespace OrchardCustomers.Tests.SampleModule.Tickets;

/// <summary>Saves tickets through the content handlers, in one transaction, as every content service of the module does.</summary>
public sealed class SampleTicketService(SampleDbContext db, TenantDatabase database, ContentHandlerInvoker handlers, TimeProvider clock)
{
    public Task<SampleTicket?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>A user of null is the system (a recipe).</summary>
    public async Task<SampleTicketResult> CreateAsync(SampleTicketInput input, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return new SampleTicketResult(null, ["Title: a ticket needs a title."]);
        }

        var actor = Actor.Of(user);
        var ticket = new SampleTicket { Title = input.Title.Trim(), Status = input.Status, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var creating = new ContentContext(SampleTicket.ContentType, ticket, actor);
        await handlers.CreatingAsync(creating, cancellationToken);
        if (creating.IsCancelled)
        {
            return new SampleTicketResult(null, creating.CancelReasons);
        }

        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        await handlers.CreatedAsync(
            new ContentContext(SampleTicket.ContentType, ticket, actor) { ItemId = ticket.Id, DisplayText = ticket.Title, Changes = ChangeSet.Between(new SampleTicketInput(), input) },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SampleTicketResult(ticket, []);
    }

    public async Task<SampleTicketResult> DeleteAsync(long id, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (await db.Tickets.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } ticket)
        {
            return new SampleTicketResult(null, ["No such ticket."]);
        }

        var context = new ContentContext(SampleTicket.ContentType, ticket, Actor.Of(user)) { ItemId = id, DisplayText = ticket.Title };
        await handlers.DeletingAsync(context, cancellationToken);
        if (context.IsCancelled)
        {
            return new SampleTicketResult(ticket, context.CancelReasons);
        }

        db.Tickets.Remove(ticket);
        await db.SaveChangesAsync(cancellationToken);
        await handlers.DeletedAsync(context, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SampleTicketResult(ticket, []);
    }
}
