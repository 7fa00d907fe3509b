using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Security.Authentication;

/// <summary>
/// Decides on every request whether a login cookie still stands for a live session: issued by this tenant, for a user
/// who still exists and is enabled, and carrying the user's current security stamp. Logging out, disabling the user
/// or changing the password renews the stamp, so every copy of an older cookie stops working at once.
/// The user's stamp and state are cached per tenant; any change to the user drops the entry (TenantChangeInterceptor),
/// on other instances within the change stamp's interval.
/// </summary>
public sealed class SessionValidator(HostDbContext db, ShellContext shell, FreshTenantCache cache, IOptions<IdentityOptions> identityOptions)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken)
    {
        var tenant = principal?.FindFirst(TenantClaimTypes.Tenant)?.Value;
        if (principal is null || !shell.HasTenant || !string.Equals(tenant, shell.Settings.Name, StringComparison.Ordinal))
        {
            return false;
        }

        var claims = identityOptions.Value.ClaimsIdentity;
        var userId = principal.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = principal.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        var user = await cache.GetOrCreateAsync("Session:" + userId, async ct => await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserSession(u.SecurityStamp, u.IsEnabled))
            .SingleOrDefaultAsync(ct) ?? UserSession.Gone, cancellationToken);
        return user is { IsEnabled: true } && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal);
    }

    private sealed record UserSession(string? SecurityStamp, bool IsEnabled)
    {
        public static readonly UserSession Gone = new(null, false);
    }
}
