using OrchardCustomers.Module.Shared.Content;

namespace OrchardCustomers.Module.Shared.History;

/// <summary>
/// Writes the activity history of every content type: one entry per lifecycle event, in the saving transaction. It
/// belongs to no feature (the host's, always on): the history is a shared building block.
/// </summary>
public sealed class ActivityHistoryHandler(ActivityRecorder history) : ContentHandlerBase
{
    /// <summary>Late, so that it records what earlier handlers changed.</summary>
    public override int Order => 1000;

    public override Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) =>
        Record(context, ActivityKind.Created, context.Changes);

    public override Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) =>
        Record(context, ActivityKind.Updated, context.Changes);

    public override Task ArchivedAsync(ContentContext context, CancellationToken cancellationToken) =>
        Record(context, ActivityKind.Archived);

    public override Task RestoredAsync(ContentContext context, CancellationToken cancellationToken) =>
        Record(context, ActivityKind.Restored);

    public override Task DeletedAsync(ContentContext context, CancellationToken cancellationToken) =>
        Record(context, ActivityKind.Deleted, detail: context.DisplayText);

    public override Task IssuedAsync(ContentContext context, CancellationToken cancellationToken) =>
        Record(context, ActivityKind.Issued, detail: context.DisplayText);

    public override Task PaidAsync(ContentContext context, CancellationToken cancellationToken) =>
        Record(context, ActivityKind.Paid);

    private Task Record(ContentContext context, ActivityKind kind, IReadOnlyList<FieldChange>? changes = null, string? detail = null)
    {
        history.Record(context.ContentType, context.ItemId, kind, context.Actor, changes, detail);
        return Task.CompletedTask;
    }
}
