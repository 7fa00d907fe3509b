using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace OrchardCustomers.Host.Setup;

/// <summary>
/// The setup link of a tenant created in the tenants admin carries a token: without it, anybody who found the URL
/// first could set the tenant up and own it. The Default tenant needs none, as in Orchard.
/// </summary>
public sealed class SetupTokenService(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly ITimeLimitedDataProtector _protector =
        dataProtection.CreateProtector("OrchardCustomers.Setup").ToTimeLimitedDataProtector();

    public string Create(string tenantName) => _protector.Protect(tenantName, clock.GetUtcNow() + Lifetime);

    public bool IsValid(string? token, string tenantName)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        try
        {
            return string.Equals(_protector.Unprotect(token, out var expiration), tenantName, StringComparison.Ordinal) && expiration > clock.GetUtcNow();
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
