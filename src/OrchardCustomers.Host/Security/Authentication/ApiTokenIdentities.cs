using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Users;

namespace OrchardCustomers.Host.Security.Authentication;

/// <summary>
/// Resolves an API token to a principal: token, user, roles and claims, read once and cached per tenant under the
/// token's hash (never the token itself). Unknown tokens are not cached: they would let anyone fill the memory.
/// </summary>
public sealed class ApiTokenIdentities(HostDbContext db, FreshTenantCache cache, SignInManager<User> signIn, TimeProvider clock)
{
    /// <summary>How often the "last used" time is written; every request would turn reads into writes.</summary>
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    /// <returns>The token user's principal, or null when the token is unknown, revoked or expired, or its user is gone, disabled or locked out.</returns>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string value, CancellationToken cancellationToken)
    {
        var hash = ApiTokenService.Hash(value);
        var identity = await cache.GetOrCreateAsync("ApiToken:" + hash, ct => LoadAsync(hash, ct), cancellationToken);
        var now = clock.GetUtcNow();
        if (identity is null || !identity.IsUsableAt(now))
        {
            return null;
        }

        if (identity.TryMarkUsed(now.UtcDateTime, LastUsedPrecision))
        {
            // A plain update, not a save: it is no change the caches depend on.
            await db.ApiTokens.Where(t => t.Id == identity.TokenId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, now.UtcDateTime), cancellationToken);
        }

        return identity.ToPrincipal();
    }

    private async Task<ApiTokenIdentity?> LoadAsync(string hash, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null || token.RevokedUtc is not null)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (user is not { IsEnabled: true })
        {
            return null;
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        return new ApiTokenIdentity(
            token.Id,
            token.ExpiresUtc,
            token.LastUsedUtc,
            user.LockoutEnd,
            [.. identity.Claims.Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer, c.OriginalIssuer))],
            identity.AuthenticationType,
            identity.NameClaimType,
            identity.RoleClaimType);
    }
}
