using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using System.Collections.Frozen;
using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>
/// What the current principal may do, from the tenant's roles. Cached per tenant and user: a changed role, user or
/// role membership drops the entries at once on this instance (TenantChangeInterceptor), and on the others within
/// the change stamp's interval.
/// </summary>
public sealed class PermissionService(HostDbContext db, FreshTenantCache cache)
{
    private readonly Dictionary<string, IReadOnlySet<string>> _granted = new(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var userId = principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var key = userId ?? "";
        if (_granted.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var granted = await cache.GetOrCreateAsync<IReadOnlySet<string>>(
            "Permissions:" + key,
            async ct => userId is null ? await ForRoleAsync(RoleNames.Anonymous, ct) : await ForUserAsync(userId, ct),
            cancellationToken) ?? FrozenSet<string>.Empty;
        _granted[key] = granted;
        return granted;
    }

    public async Task<bool> IsGrantedAsync(ClaimsPrincipal principal, Permission permission, CancellationToken cancellationToken = default) =>
        Satisfies(permission, await GetGrantedAsync(principal, cancellationToken));

    /// <summary>True when the granted names include the permission, one that implies it, or SiteOwner.</summary>
    public static bool Satisfies(Permission permission, IReadOnlySet<string> granted) =>
        granted.Contains(HostPermissions.SiteOwner.Name) || granted.Contains(permission.Name) || permission.ImpliedBy.Any(p => Satisfies(p, granted));

    private async Task<IReadOnlySet<string>> ForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var enabled = await db.Users.Where(u => u.Id == userId).Select(u => (bool?)u.IsEnabled).SingleOrDefaultAsync(cancellationToken);
        if (enabled != true)
        {
            return FrozenSet<string>.Empty;
        }

        var authenticated = RoleNames.Authenticated.ToUpperInvariant();
        var names = await (
            from claim in db.RoleClaims
            join role in db.Roles on claim.RoleId equals role.Id
            where claim.ClaimType == Permission.ClaimType
                && (role.NormalizedName == authenticated || db.UserRoles.Any(ur => ur.UserId == userId && ur.RoleId == role.Id))
            select claim.ClaimValue).ToListAsync(cancellationToken);
        return names.OfType<string>().ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private async Task<IReadOnlySet<string>> ForRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        var normalized = roleName.ToUpperInvariant();
        var names = await (
            from claim in db.RoleClaims
            join role in db.Roles on claim.RoleId equals role.Id
            where claim.ClaimType == Permission.ClaimType && role.NormalizedName == normalized
            select claim.ClaimValue).ToListAsync(cancellationToken);
        return names.OfType<string>().ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
