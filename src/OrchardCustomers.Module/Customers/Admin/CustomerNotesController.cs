using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Module.Shared.History;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Admin;

/// <summary>Internal notes on a customer, written from the panel.</summary>
[Feature(CustomersFeature.Id)]
[Route("Admin/Customers/{id:long}/Notes")]
[RequirePermission("EditCustomers")]
public sealed class CustomerNotesController(
    CrmDbContext db,
    TenantDatabase database,
    ActivityRecorder history,
    Notifier notifier,
    TimeProvider clock,
    IStringLocalizer<CustomerNotesController> S) : Controller
{
    public const int MaxLength = 10_000;

    [HttpPost("")]
    public async Task<IActionResult> Add(long id, string? text, CancellationToken cancellationToken)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            notifier.Error(string.IsNullOrWhiteSpace(text) ? S["Write the note first."] : S["A note may be at most {0} characters long.", MaxLength]);
            return Back(id);
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var actor = Actor.Of(User);
        db.CustomerNotes.Add(new CustomerNote { Id = Guid.NewGuid(), CustomerId = id, Text = text.Trim(), AuthorId = actor.UserId, AuthorName = actor.Name, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        history.Record(CustomersFeature.ContentType, id, ActivityKind.NoteAdded, actor, detail: text.Trim());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Success(S["The note was added."]);
        return Back(id);
    }

    [HttpPost("{noteId:guid}/Delete")]
    public async Task<IActionResult> Delete(long id, Guid noteId, CancellationToken cancellationToken)
    {
        var note = await db.CustomerNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.CustomerId == id, cancellationToken);
        if (note is null)
        {
            return NotFound();
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.CustomerNotes.Remove(note);
        history.Record(CustomersFeature.ContentType, id, ActivityKind.NoteDeleted, Actor.Of(User), detail: note.Text);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Success(S["The note was deleted."]);
        return Back(id);
    }

    /// <summary>Back to the list the user came from, with the panel open; or to the customer's panel alone.</summary>
    private IActionResult Back(long id)
    {
        var returnUrl = Request.HasFormContentType ? Request.Form["returnUrl"].ToString() : null;
        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl + "#notes")
            : Redirect(Url.Content($"~/Admin/Customers?panel={id}&status=all#notes"));
    }
}
