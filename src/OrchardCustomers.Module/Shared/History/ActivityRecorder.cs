using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Shared.History;

/// <summary>Adds an entry to a content item's history; saved with the change it describes.</summary>
public sealed class ActivityRecorder(CrmDbContext db, TimeProvider clock)
{
    public void Record(string contentType, long itemId, ActivityKind kind, Actor actor, IReadOnlyList<FieldChange>? changes = null, string? detail = null) =>
        db.Activities.Add(new ContentActivity
        {
            ContentType = contentType,
            ContentItemId = itemId,
            Kind = kind,
            UserId = actor.UserId,
            UserName = actor.Name,
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            Changes = changes ?? [],
            Detail = detail is { Length: > 500 } ? detail[..500] : detail,
        });
}
