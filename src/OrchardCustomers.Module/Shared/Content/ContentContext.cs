using OrchardCustomers.Module.Shared.History;

namespace OrchardCustomers.Module.Shared.Content;

/// <summary>
/// What a content handler learns about one lifecycle event: the item, who acts, and what changed. An "-ing" handler
/// may cancel the operation with a reason the user sees; the "-ed" events run after the item was saved, inside the
/// same transaction.
/// </summary>
public sealed class ContentContext(string contentType, object item, Actor actor)
{
    private readonly List<string> _cancelReasons = [];

    /// <summary>The content type, e.g. "Customer" or "SampleTicket".</summary>
    public string ContentType { get; } = contentType;

    /// <summary>The entity itself (a Customer, a SampleTicket ...).</summary>
    public object Item { get; } = item;

    /// <summary>The item's id; 0 in Creating, before the item is stored.</summary>
    public long ItemId { get; set; }

    /// <summary>A short text naming the item in a history entry, e.g. "K-00042 Müller GmbH".</summary>
    public string? DisplayText { get; init; }

    public Actor Actor { get; } = actor;

    /// <summary>The fields that changed: all set fields for Created, the differences for Updated, else empty.</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    public IReadOnlyList<string> CancelReasons => _cancelReasons;

    public bool IsCancelled => _cancelReasons.Count > 0;

    /// <summary>Stops a Creating, Updating or Deleting operation; the reason is shown to the user.</summary>
    public void Cancel(string reason) => _cancelReasons.Add(reason);
}
