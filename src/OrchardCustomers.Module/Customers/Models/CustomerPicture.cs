namespace OrchardCustomers.Module.Customers.Models;

/// <summary>The profile picture, already resized.</summary>
public sealed class CustomerPicture
{
    public long CustomerId { get; set; }

    public string ContentType { get; set; } = "image/jpeg";

    public byte[] Content { get; set; } = [];

    public DateTime UpdatedUtc { get; set; }
}
