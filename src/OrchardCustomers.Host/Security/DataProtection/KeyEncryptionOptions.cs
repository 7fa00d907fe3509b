namespace OrchardCustomers.Host.Security.DataProtection;

/// <summary>
/// The certificate that encrypts the data-protection keys at rest in the shells database, bound from
/// <c>OrchardCustomers:DataProtection</c>: a PFX file with its password, or the thumbprint of a certificate in the
/// CurrentUser or LocalMachine "My" store. Without either, the keys are stored unencrypted.
/// </summary>
public sealed class KeyEncryptionOptions
{
    public const string SectionName = "OrchardCustomers:DataProtection";

    /// <summary>A PKCS #12 (.pfx/.p12) file with the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The thumbprint of a certificate (with private key) in the CurrentUser or LocalMachine "My" store.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>
    /// Older certificates (PFX files, each with <see cref="CertificatePassword"/> or none) that may still decrypt keys
    /// written before a rotation. New keys are always encrypted with the current certificate.
    /// </summary>
    public List<string> PreviousCertificatePaths { get; } = [];

    public bool HasCertificate => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(CertificateThumbprint);
}
