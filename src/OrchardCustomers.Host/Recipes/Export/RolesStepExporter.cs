using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Host.Recipes.Export;

/// <summary>The <c>Roles</c> step: every role with its description and permissions (Replace). Users are not exported.</summary>
public sealed class RolesStepExporter(RoleManager<Role> roles, RolePermissionStore rolePermissions) : IRecipeStepExporter
{
    public int Order => 300;

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var all = await roles.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var entries = new JsonArray();
        foreach (var role in all)
        {
            var permissions = (await rolePermissions.GetAsync(role, cancellationToken)).Order(StringComparer.Ordinal).Select(p => (JsonNode)p);
            entries.Add(new JsonObject
            {
                ["Name"] = role.Name,
                ["Description"] = role.Description,
                ["Permissions"] = new JsonArray([.. permissions]),
                ["PermissionBehavior"] = "Replace",
            });
        }

        return entries.Count == 0 ? null : new JsonObject { ["name"] = "Roles", ["Roles"] = entries };
    }
}
