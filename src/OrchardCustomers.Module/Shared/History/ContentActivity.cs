namespace OrchardCustomers.Module.Shared.History;

/// <summary>
/// One entry of a content item's history: who did what, when, and which fields changed. Entries outlive the item,
/// so that a deletion stays traceable (GoBD).
/// </summary>
public sealed class ContentActivity
{
    public long Id { get; set; }

    /// <summary>The content type of the item, e.g. "Customer".</summary>
    public string ContentType { get; set; } = "";

    public long ContentItemId { get; set; }

    public ActivityKind Kind { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public DateTime OccurredUtc { get; set; }

    public IReadOnlyList<FieldChange> Changes { get; set; } = [];

    /// <summary>What the entry is about beyond the fields: a note's start, a file's name.</summary>
    public string? Detail { get; set; }
}
