using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Security.Authentication;

/// <summary>
/// Decides on every request whether a login cookie still stands for a live session: issued by this tenant, for a user
/// who still exists and is enabled, and carrying the user's current security stamp. Logging out, disabling the user
/// or changing the password renews the stamp, so every copy of an older cookie stops working at once.
/// The one place that answers this question, so that a cache of identities can later be put behind it.
/// </summary>
public sealed class SessionValidator(HostDbContext db, ShellContext shell, IOptions<IdentityOptions> identityOptions)
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

        // Two columns, untracked: this runs on every request.
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.IsEnabled })
            .SingleOrDefaultAsync(cancellationToken);
        return user is { IsEnabled: true } && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal);
    }
}
