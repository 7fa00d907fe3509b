namespace OrchardCustomers.Module.Shared.Files;

/// <summary>The picture of a content item of any type, already resized; at most one per item.</summary>
public sealed class ContentPicture
{
    /// <summary>The content type of the item, e.g. "Customer".</summary>
    public string ContentType { get; set; } = "";

    public long ContentItemId { get; set; }

    public string MediaType { get; set; } = "image/jpeg";

    public byte[] Content { get; set; } = [];

    public DateTime UpdatedUtc { get; set; }
}
