using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using OrchardCustomers.Host.Tenancy.Store;

namespace OrchardCustomers.Host.Security.DataProtection;

internal static class DataProtectionServiceCollectionExtensions
{
    /// <summary>
    /// Data protection shared by every instance: one application name, keys in the shells database, and, when a
    /// certificate is configured, the keys encrypted with it at rest.
    /// </summary>
    public static void AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyEncryptionOptions.SectionName).Get<KeyEncryptionOptions>() ?? new KeyEncryptionOptions();
        services.AddSingleton(options);
        var builder = services.AddDataProtection().SetApplicationName("OrchardCustomers").PersistKeysToDbContext<ShellsDbContext>();
        if (options.HasCertificate)
        {
            var current = LoadCertificate(options);
            builder.ProtectKeysWithCertificate(current);
            builder.UnprotectKeysWithAnyCertificate([current, .. options.PreviousCertificatePaths.Select(p => LoadFile(p, options.CertificatePassword))]);
        }

        services.AddHostedService<KeyEncryptionWarning>();
    }

    private static X509Certificate2 LoadCertificate(KeyEncryptionOptions options)
    {
        var certificate = !string.IsNullOrWhiteSpace(options.CertificatePath)
            ? LoadFile(options.CertificatePath, options.CertificatePassword)
            : FindInStores(options.CertificateThumbprint!);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The data-protection certificate {certificate.Thumbprint} has no private key: the keys could not be read back.");
    }

    private static X509Certificate2 LoadFile(string path, string? password)
    {
        // A wrong path or password stops the start: running on with unreadable keys would log everyone out.
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The data-protection certificate {path} ({KeyEncryptionOptions.SectionName}:CertificatePath) does not exist.");
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password);
    }

    private static X509Certificate2 FindInStores(string thumbprint)
    {
        var normalized = thumbprint.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, normalized, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException($"No certificate with the thumbprint {normalized} ({KeyEncryptionOptions.SectionName}:CertificateThumbprint) is in the CurrentUser or LocalMachine My store.");
    }
}
