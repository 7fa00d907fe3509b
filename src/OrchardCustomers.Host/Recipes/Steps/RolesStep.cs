using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Host.Recipes.Steps;

/// <summary>
/// <c>{ "name": "Roles", "Roles": [ { "Name", "Description", "Permissions": [ … ], "PermissionBehavior" } ] }</c>:
/// creates or updates roles. The behaviour is Replace (default), Add or Remove, as in Orchard.
/// </summary>
public sealed class RolesStep(RoleManager<Role> roles, RolePermissionStore rolePermissions, PermissionCatalog catalog) : IRecipeStepHandler
{
    public string StepName => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<RolesStepModel>();
        foreach (var entry in model.Roles)
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new RecipeStepValueException("A role has no Name.");
            }

            var unknown = entry.Permissions.Where(p => catalog.Find(p) is null).ToList();
            if (unknown.Count > 0)
            {
                throw new RecipeStepValueException($"The role '{entry.Name}' lists unknown permission(s): {string.Join(", ", unknown)}.");
            }

            var role = await rolePermissions.EnsureRoleAsync(entry.Name, entry.Description);
            if (entry.Description is not null && role.Description != entry.Description)
            {
                role.Description = entry.Description;
                await roles.UpdateAsync(role);
            }

            var current = await rolePermissions.GetAsync(role, cancellationToken);
            var next = entry.PermissionBehavior switch
            {
                PermissionBehavior.Add => current.Concat(entry.Permissions),
                PermissionBehavior.Remove => current.Except(entry.Permissions, StringComparer.OrdinalIgnoreCase),
                _ => entry.Permissions,
            };
            await rolePermissions.SetAsync(role, next, cancellationToken);
        }
    }
}
