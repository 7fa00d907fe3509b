using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;

namespace OrchardCustomers.Host.Setup;

/// <summary>
/// Carries the administrator from a finished setup into the admin without a second password entry. The setup request
/// cannot sign in itself (it started while the tenant had no users), so it leaves a short-lived, HttpOnly,
/// same-site cookie with the tenant and user name, which the next request (<c>Setup/Finish</c>) spends once: a copy
/// of the cookie replayed later finds its nonce spent (in this instance; two minutes bound the rest).
/// </summary>
public sealed class SetupLoginTicket(IDataProtectionProvider dataProtection, IMemoryCache spent, TimeProvider clock)
{
    public const string CookieName = "oc_setup_login";

    /// <summary>Long enough for a slow redirect, too short to be worth stealing.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly Lock _gate = new();

    private readonly ITimeLimitedDataProtector _protector =
        dataProtection.CreateProtector("OrchardCustomers.Setup.Login").ToTimeLimitedDataProtector();

    public void Issue(HttpContext context, string tenantName, string userName) =>
        context.Response.Cookies.Append(CookieName, _protector.Protect(tenantName + "\n" + Guid.NewGuid().ToString("N") + "\n" + userName, clock.GetUtcNow() + Lifetime), Options(context, Lifetime));

    /// <summary>The user name the ticket names for this tenant, or null; the ticket is spent either way.</summary>
    public string? Redeem(HttpContext context, string tenantName)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var ticket) || string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        context.Response.Cookies.Delete(CookieName, Options(context, maxAge: null));
        try
        {
            var parts = _protector.Unprotect(ticket, out var expiration).Split('\n', 3);
            if (parts.Length != 3 || !string.Equals(parts[0], tenantName, StringComparison.Ordinal) || expiration <= clock.GetUtcNow())
            {
                return null;
            }

            var nonceKey = "SetupLoginTicket:" + parts[1];
            lock (_gate)
            {
                if (spent.TryGetValue(nonceKey, out _))
                {
                    return null;
                }

                spent.Set(nonceKey, true, Lifetime);
            }

            return parts[2];
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpContext context, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        IsEssential = true,
        Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
        MaxAge = maxAge,
    };
}
