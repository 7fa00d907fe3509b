namespace OrchardCustomers.Module.Customers.Models;

public enum CustomerActivityKind
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
}
