namespace OrchardCustomers.Host.Security.DataProtection;

/// <summary>Says once, at start, when a production site keeps its data-protection keys unencrypted.</summary>
internal sealed class KeyEncryptionWarning(KeyEncryptionOptions options, IHostEnvironment environment, ILogger<KeyEncryptionWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && !options.HasCertificate)
        {
            logger.LogWarning(
                "The data-protection keys are stored unencrypted in the shells database; set {PathKey} (with {PasswordKey}) or {ThumbprintKey} to encrypt them with a certificate",
                KeyEncryptionOptions.SectionName + ":CertificatePath",
                KeyEncryptionOptions.SectionName + ":CertificatePassword",
                KeyEncryptionOptions.SectionName + ":CertificateThumbprint");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
