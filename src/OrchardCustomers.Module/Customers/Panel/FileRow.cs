namespace OrchardCustomers.Module.Customers.Panel;

public sealed record FileRow(Guid Id, string FileName, string ContentType, long Length, string UploadedBy, DateTime UploadedUtc);
