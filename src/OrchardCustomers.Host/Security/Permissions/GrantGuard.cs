using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>
/// Nobody hands out more than they hold: a role may only be given permissions, and a user only roles, within the
/// granting user's own permissions. Without it, ManageRoles would be a way to become SiteOwner.
/// </summary>
public sealed class GrantGuard(PermissionService permissions, PermissionCatalog catalog, RoleManager<Role> roles, RolePermissionStore rolePermissions)
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
}
