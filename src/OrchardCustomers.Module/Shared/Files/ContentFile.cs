namespace OrchardCustomers.Module.Shared.Files;

/// <summary>
/// A file kept with a content item of any type, in the tenant's database so that every app instance can serve it.
/// The item is referred to by <see cref="ContentType"/> and <see cref="ContentItemId"/> only, never by a foreign key.
/// </summary>
public sealed class ContentFile
{
    public Guid Id { get; set; }

    /// <summary>The content type of the item the file belongs to, e.g. "Customer".</summary>
    public string ContentType { get; set; } = "";

    public long ContentItemId { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>The file's type as detected from its content, e.g. "application/pdf".</summary>
    public string MediaType { get; set; } = "application/octet-stream";

    public long Length { get; set; }

    public byte[] Content { get; set; } = [];

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedUtc { get; set; }
}
