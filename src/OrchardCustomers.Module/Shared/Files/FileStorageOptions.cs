namespace OrchardCustomers.Module.Shared.Files;

/// <summary>Upload limits for customer files and pictures, bound from <c>OrchardCustomers:CustomerFiles</c>.</summary>
public sealed class FileStorageOptions
{
    public const string SectionName = "OrchardCustomers:CustomerFiles";

    /// <summary>The largest file a user may upload to a customer; a larger request gets 413.</summary>
    public long MaxBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>The largest picture accepted before it is resized; a larger request gets 413.</summary>
    public long MaxPictureBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// The most pixels a picture's header may declare. It is checked before anything is decoded: a small file can
    /// declare a huge image (a decompression bomb).
    /// </summary>
    public long MaxPicturePixels { get; set; } = 40_000_000;

    /// <summary>Pictures are resized to fit this square.</summary>
    public int PictureSize { get; set; } = 256;
}
