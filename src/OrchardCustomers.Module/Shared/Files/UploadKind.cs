namespace OrchardCustomers.Module.Shared.Files;

/// <summary>Which limit of <see cref="FileStorageOptions"/> an upload falls under.</summary>
public enum UploadKind
{
    File,
    Picture,
}
