using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using OrchardCustomers.Host.Security.DataProtection;
using OrchardCustomers.Host.Tenancy.Store;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

/// <summary>
/// With <c>OrchardCustomers:DataProtection:CertificatePath</c> set, the data-protection keys in the shells database are
/// encrypted with the certificate, and another instance that has the certificate reads them: its cookies work there.
/// On PostgreSQL, where the keys outlive an instance.
/// </summary>
public sealed class KeyEncryptionTests : IAsyncLifetime
{
    private const string Password = "zertifikat-Passw0rt";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "oc-tests", "cert-" + Guid.NewGuid().ToString("n"));
    private TestDatabases _databases = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _databases = await TestDatabases.CreateAsync(DatabaseKind.Postgres, "keys");
    }

    [Fact]
    public async Task Keys_are_encrypted_at_rest_with_the_certificate_and_cookies_work_across_instances()
    {
        var certificate = CreateCertificate();
        var settings = AutoSetup.Combine(
            _databases.ShellsSettings(),
            AutoSetup.Tenant(0, "Default", provider: "Postgres", connectionString: _databases.TenantsConnectionString),
            [new("OrchardCustomers:DataProtection:CertificatePath", certificate), new("OrchardCustomers:DataProtection:CertificatePassword", Password)]);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };

        await using var first = new SiteFactory(settings);
        var cookie = await RawCookies.LoginAsync(first.CreateClient(options), "default-admin", AutoSetup.Password);
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.GetAsync(first.CreateClient(options), "api/me", cookie)).StatusCode);

        var keys = await StoredKeysAsync(first);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });

        // A second instance starts with no key in memory: it must decrypt the stored key to accept the cookie.
        await using var second = new SiteFactory(settings);
        var response = await RawCookies.GetAsync(second.CreateClient(options), "api/me", cookie);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-admin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        first.Errors.AssertEmpty();
        second.Errors.AssertEmpty();
    }

    [Fact]
    public async Task After_a_certificate_rotation_keys_of_the_previous_certificate_are_still_read()
    {
        var previous = CreateCertificate("previous.pfx");
        var current = CreateCertificate("current.pfx");
        var tenant = AutoSetup.Tenant(0, "Default", provider: "Postgres", connectionString: _databases.TenantsConnectionString);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };

        string cookie;
        await using (var before = new SiteFactory(AutoSetup.Combine(_databases.ShellsSettings(), tenant,
            [new("OrchardCustomers:DataProtection:CertificatePath", previous), new("OrchardCustomers:DataProtection:CertificatePassword", Password)])))
        {
            cookie = await RawCookies.LoginAsync(before.CreateClient(options), "default-admin", AutoSetup.Password);
            before.Errors.AssertEmpty();
        }

        await using var after = new SiteFactory(AutoSetup.Combine(_databases.ShellsSettings(), tenant,
        [
            new("OrchardCustomers:DataProtection:CertificatePath", current),
            new("OrchardCustomers:DataProtection:CertificatePassword", Password),
            new("OrchardCustomers:DataProtection:PreviousCertificatePaths:0", previous),
        ]));
        Assert.Equal(HttpStatusCode.OK, (await RawCookies.GetAsync(after.CreateClient(options), "api/me", cookie)).StatusCode);
        after.Errors.AssertEmpty();
    }

    [Fact]
    public async Task Without_a_certificate_keys_stay_as_they_were_and_production_is_warned_once()
    {
        var settings = AutoSetup.Combine(
            _databases.ShellsSettings(),
            AutoSetup.Tenant(0, "Default", provider: "Postgres", connectionString: _databases.TenantsConnectionString));
        await using var site = new SiteFactory(settings);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        await RawCookies.LoginAsync(site.CreateClient(options), "default-admin", AutoSetup.Password);
        Assert.All(await StoredKeysAsync(site), xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));

        var production = new ListLogger<KeyEncryptionWarning>();
        await new KeyEncryptionWarning(new KeyEncryptionOptions(), new HostingEnvironment { EnvironmentName = "Production" }, production).StartAsync(CancellationToken.None);
        var warning = Assert.Single(production.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("OrchardCustomers:DataProtection:CertificatePath", warning.Message, StringComparison.Ordinal);

        var development = new ListLogger<KeyEncryptionWarning>();
        await new KeyEncryptionWarning(new KeyEncryptionOptions(), new HostingEnvironment { EnvironmentName = "Development" }, development).StartAsync(CancellationToken.None);
        Assert.Empty(development.Entries);

        var configured = new ListLogger<KeyEncryptionWarning>();
        await new KeyEncryptionWarning(new KeyEncryptionOptions { CertificateThumbprint = "AB" }, new HostingEnvironment { EnvironmentName = "Production" }, configured).StartAsync(CancellationToken.None);
        Assert.Empty(configured.Entries);
    }

    private static async Task<List<string>> StoredKeysAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ShellsDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    /// <returns>The path of a PFX file with a new self-signed certificate and its private key.</returns>
    private string CreateCertificate(string fileName = "dataprotection.pfx")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OrchardCustomers data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, fileName);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    public async Task DisposeAsync()
    {
        await _databases.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
