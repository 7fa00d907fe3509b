namespace OrchardCustomers.Module.Customers.Files;

public sealed class CustomerFileOptions
{
    public const string SectionName = "OrchardCustomers:CustomerFiles";

    /// <summary>The largest file a user may upload to a customer.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The largest picture accepted before it is resized.</summary>
    public long MaxPictureBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Pictures are resized to fit this square.</summary>
    public int PictureSize { get; set; } = 256;
}
