using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>
/// Nobody hands out more than they hold, and nobody touches what holds more than they do: a role may only be given
/// permissions, and a user only roles, within the granting user's own permissions; a user may only be changed, and a
/// role only edited or deleted, by someone who holds every permission that user or role holds. Without it,
/// ManageRoles or ManageUsers would be a way to become SiteOwner. Every admin page and API that changes users, roles
/// or tokens asks this guard, so the rules are the same wherever the change comes from.
/// </summary>
public sealed class GrantGuard(PermissionService permissions, PermissionCatalog catalog, RoleManager<Role> roles, RolePermissionStore rolePermissions, HostDbContext db)
{
    public async Task<bool> CanGrantAsync(ClaimsPrincipal granter, string permissionName, CancellationToken cancellationToken = default)
    {
        var granted = await permissions.GetGrantedAsync(granter, cancellationToken);
        return catalog.Find(permissionName) is { } permission && PermissionService.Satisfies(permission, granted);
    }

    public async Task<bool> CanAssignRoleAsync(ClaimsPrincipal granter, string roleName, CancellationToken cancellationToken = default)
    {
        if (RoleNames.IsImplicit(roleName) || await roles.FindByNameAsync(roleName) is not { } role)
        {
            return false;
        }

        foreach (var permission in await rolePermissions.GetAsync(role, cancellationToken))
        {
            if (!await CanGrantAsync(granter, permission, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the actor may edit, enable, disable, delete, unlock, re-role or set the password of the user: the actor
    /// needs ManageUsers and every permission the user's roles carry.
    /// </summary>
    public async Task<bool> CanManageUserAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken = default) =>
        (await ManageableUsersAsync(actor, [userId], cancellationToken)).Contains(userId);

    /// <summary>The users of the list the actor may manage, in one query (for list pages).</summary>
    public async Task<IReadOnlySet<string>> ManageableUsersAsync(ClaimsPrincipal actor, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        var granted = await permissions.GetGrantedAsync(actor, cancellationToken);
        if (userIds.Count == 0 || !PermissionService.Satisfies(HostPermissions.ManageUsers, granted))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        // Read from the role memberships, not from PermissionService: a disabled user holds nothing while disabled,
        // but would hold everything again once an outranked actor had enabled them. The Authenticated role is left
        // out because the actor, being logged in and enabled, holds it too.
        var held = await (
            from userRole in db.UserRoles
            join claim in db.RoleClaims on userRole.RoleId equals claim.RoleId
            where userIds.Contains(userRole.UserId) && claim.ClaimType == Permission.ClaimType
            select new { userRole.UserId, claim.ClaimValue }).ToListAsync(cancellationToken);
        var outranked = held.Where(h => !Holds(granted, h.ClaimValue ?? "")).Select(h => h.UserId).ToHashSet(StringComparer.Ordinal);
        return userIds.Where(id => !outranked.Contains(id)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether the actor may edit or delete the role: ManageRoles and every permission the role carries.</summary>
    public async Task<bool> CanManageRoleAsync(ClaimsPrincipal actor, Role role, CancellationToken cancellationToken = default) =>
        (await ManageableRolesAsync(actor, [role], cancellationToken)).Contains(role.Id);

    /// <summary>The ids of the roles the actor may edit or delete, in one query (for list pages).</summary>
    public async Task<IReadOnlySet<string>> ManageableRolesAsync(ClaimsPrincipal actor, IReadOnlyCollection<Role> candidates, CancellationToken cancellationToken = default)
    {
        var granted = await permissions.GetGrantedAsync(actor, cancellationToken);
        if (candidates.Count == 0 || !PermissionService.Satisfies(HostPermissions.ManageRoles, granted))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var ids = candidates.Select(r => r.Id).ToList();
        var carried = await db.RoleClaims
            .Where(c => ids.Contains(c.RoleId) && c.ClaimType == Permission.ClaimType)
            .Select(c => new { c.RoleId, c.ClaimValue })
            .ToListAsync(cancellationToken);
        var outranked = carried.Where(c => !Holds(granted, c.ClaimValue ?? "")).Select(c => c.RoleId).ToHashSet(StringComparer.Ordinal);
        return ids.Where(id => !outranked.Contains(id)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>One's own tokens, always; another user's only for whoever may manage that user.</summary>
    public async Task<bool> CanManageTokensOfAsync(ClaimsPrincipal actor, string ownerId, CancellationToken cancellationToken = default)
    {
        var actorId = actor.Identity?.IsAuthenticated == true ? actor.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return actorId is not null && (string.Equals(actorId, ownerId, StringComparison.Ordinal) || await CanManageUserAsync(actor, ownerId, cancellationToken));
    }

    /// <summary>A permission no feature declares (any more) is held only by name, or by SiteOwner.</summary>
    private bool Holds(IReadOnlySet<string> granted, string permissionName) =>
        catalog.Find(permissionName) is { } permission
            ? PermissionService.Satisfies(permission, granted)
            : granted.Contains(HostPermissions.SiteOwner.Name) || granted.Contains(permissionName);
}
