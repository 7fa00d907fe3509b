using System.Security.Claims;

namespace OrchardCustomers.Host.Security.Authentication;

/// <summary>
/// What an API token resolves to, kept in the tenant cache: the token's state, its user's state and the user's claims
/// (roles included). Expiry and lockout are checked against the clock on every request; a revoked token, a changed
/// or disabled user and a changed role drop the entry.
/// </summary>
internal sealed class ApiTokenIdentity(
    Guid tokenId,
    DateTime? expiresUtc,
    DateTime? lastUsedUtc,
    DateTimeOffset? lockoutEnd,
    Claim[] claims,
    string? authenticationType,
    string nameClaimType,
    string roleClaimType)
{
    private long _lastUsedTicks = lastUsedUtc?.Ticks ?? 0;

    public Guid TokenId => tokenId;

    public bool IsUsableAt(DateTimeOffset now) => (expiresUtc is null || expiresUtc > now.UtcDateTime) && !(lockoutEnd > now);

    /// <summary>True for the one caller that should write the "last used" time now (at most once per precision).</summary>
    public bool TryMarkUsed(DateTime utcNow, TimeSpan precision)
    {
        var last = Interlocked.Read(ref _lastUsedTicks);
        return utcNow.Ticks - last >= precision.Ticks && Interlocked.CompareExchange(ref _lastUsedTicks, utcNow.Ticks, last) == last;
    }

    /// <summary>A principal of its own for each request: ClaimsPrincipal is mutable.</summary>
    public ClaimsPrincipal ToPrincipal() => new(new ClaimsIdentity(claims, authenticationType, nameClaimType, roleClaimType));
}
