namespace OrchardCustomers.Module.Shared.History;

/// <summary>What happened to a content item. Stored by name (20 characters at most).</summary>
public enum ActivityKind
{
    Created,
    Updated,
    Archived,
    Restored,
    Deleted,
    NoteAdded,
    NoteDeleted,
    FileAdded,
    FileDeleted,
    PictureChanged,
    Issued,
    Paid,
}
