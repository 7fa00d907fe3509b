namespace OrchardCustomers.Module.Shared.Files;

/// <summary>What a list of an item's files shows: everything but the content.</summary>
public sealed record ContentFileInfo(Guid Id, string FileName, string MediaType, long Length, string UploadedBy, DateTime UploadedUtc);
