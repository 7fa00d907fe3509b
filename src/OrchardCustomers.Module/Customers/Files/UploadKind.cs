namespace OrchardCustomers.Module.Customers.Files;

/// <summary>Which limit of <see cref="CustomerFileOptions"/> an upload falls under.</summary>
public enum UploadKind
{
    File,
    Picture,
}
