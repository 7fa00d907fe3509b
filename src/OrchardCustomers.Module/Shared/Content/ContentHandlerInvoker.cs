using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;

namespace OrchardCustomers.Module.Shared.Content;

/// <summary>
/// Runs the content handlers of the features enabled in this tenant, in a stable order (Order, then type name), so
/// that a change of startup order changes nothing. Call it inside the saving transaction. After an "-ed" event it
/// saves what the handlers wrote, in every tenant DbContext, so that a handler of another feature need not know which
/// context the service saves; the caller's commit or rollback decides for all of it.
/// </summary>
public sealed class ContentHandlerInvoker(
    IEnumerable<IContentHandler> handlers,
    ShellFeaturesManager features,
    TenantDatabase database,
    ILogger<ContentHandlerInvoker> logger)
{
    private IReadOnlyList<IContentHandler>? _enabled;

    public Task CreatingAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.CreatingAsync(c, t), save: false, cancellationToken);

    public Task CreatedAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.CreatedAsync(c, t), save: true, cancellationToken);

    public Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.UpdatingAsync(c, t), save: false, cancellationToken);

    public Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.UpdatedAsync(c, t), save: true, cancellationToken);

    public Task ArchivedAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.ArchivedAsync(c, t), save: true, cancellationToken);

    public Task RestoredAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.RestoredAsync(c, t), save: true, cancellationToken);

    public Task DeletingAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.DeletingAsync(c, t), save: false, cancellationToken);

    public Task DeletedAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.DeletedAsync(c, t), save: true, cancellationToken);

    public Task IssuedAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.IssuedAsync(c, t), save: true, cancellationToken);

    public Task PaidAsync(ContentContext context, CancellationToken cancellationToken = default) =>
        RunAsync(context, (h, c, t) => h.PaidAsync(c, t), save: true, cancellationToken);

    private async Task RunAsync(ContentContext context, Func<IContentHandler, ContentContext, CancellationToken, Task> call, bool save, CancellationToken cancellationToken)
    {
        foreach (var handler in await EnabledAsync(cancellationToken))
        {
            await call(handler, context, cancellationToken);
        }

        if (context.IsCancelled)
        {
            logger.LogInformation("A content handler cancelled the operation on {ContentType} {ItemId}: {Reasons}",
                context.ContentType, context.ItemId, string.Join(" ", context.CancelReasons));
        }

        if (save)
        {
            foreach (var db in database.Contexts.Where(c => c.ChangeTracker.HasChanges()))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<IContentHandler>> EnabledAsync(CancellationToken cancellationToken) =>
        _enabled ??= [.. (await features.WhereEnabledAsync(handlers, cancellationToken))
            .OrderBy(h => h.Order)
            .ThenBy(h => h.GetType().FullName, StringComparer.Ordinal)];
}
