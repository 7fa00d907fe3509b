namespace OrchardCustomers.Module.Customers.Models;

/// <summary>A file kept with the customer, in the tenant's database so that every app instance can serve it.</summary>
public sealed class CustomerFile
{
    public Guid Id { get; set; }

    public long CustomerId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "application/octet-stream";

    public long Length { get; set; }

    public byte[] Content { get; set; } = [];

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedUtc { get; set; }
}
