using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Security.Roles;

/// <summary>Reads and writes the permission claims that roles carry.</summary>
public sealed class RolePermissionStore(HostDbContext db, RoleManager<Role> roles)
{
    public async Task<IReadOnlySet<string>> GetAsync(Role role, CancellationToken cancellationToken = default)
    {
        var names = await db.RoleClaims
            .Where(c => c.RoleId == role.Id && c.ClaimType == Permission.ClaimType)
            .Select(c => c.ClaimValue!)
            .ToListAsync(cancellationToken);
        return names.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Makes the role carry exactly these permissions.</summary>
    public async Task SetAsync(Role role, IEnumerable<string> permissions, CancellationToken cancellationToken = default)
    {
        var wanted = permissions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var existing = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == Permission.ClaimType).ToListAsync(cancellationToken);
        db.RoleClaims.RemoveRange(existing.Where(c => !wanted.Contains(c.ClaimValue!)));
        var present = existing.Select(c => c.ClaimValue!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        db.RoleClaims.AddRange(wanted.Where(p => !present.Contains(p)).Select(p => new IdentityRoleClaim<string>
        {
            RoleId = role.Id,
            ClaimType = Permission.ClaimType,
            ClaimValue = p,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AddAsync(Role role, IEnumerable<string> permissions, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(role, cancellationToken);
        await SetAsync(role, current.Concat(permissions), cancellationToken);
    }

    /// <summary>Finds the role, or creates it when missing.</summary>
    public async Task<Role> EnsureRoleAsync(string name, string? description = null)
    {
        if (await roles.FindByNameAsync(name) is { } role)
        {
            return role;
        }

        role = new Role(name) { Description = description };
        var result = await roles.CreateAsync(role);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return role;
    }
}
