using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Security.Roles;

[Route("Admin/Roles")]
[RequirePermission("ManageRoles")]
public sealed class RolesController(
    RoleManager<Role> roles,
    RolePermissionStore rolePermissions,
    PermissionCatalog catalog,
    FeatureCatalog features,
    ShellFeaturesManager featureState,
    GrantGuard grants,
    HostDbContext db,
    Notifier notifier,
    ILogger<RolesController> logger,
    IStringLocalizer<RolesController> S) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await db.UserRoles.GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var rows = await roles.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var manageable = await grants.ManageableRolesAsync(User, rows, cancellationToken);
        return View(rows.Select(r => new RoleRow(r.Name!, r.Description, counts.GetValueOrDefault(r.Id), RoleNames.IsSystem(r.Name!), manageable.Contains(r.Id))).ToList());
    }

    [HttpGet("Create")]
    public IActionResult Create() => View(new RoleEditViewModel());

    [HttpPost("Create")]
    public async Task<IActionResult> Create(RoleEditViewModel model)
    {
        if (ModelState.IsValid && await roles.FindByNameAsync(model.Name.Trim()) is not null)
        {
            ModelState.AddModelError(nameof(model.Name), S["A role named {0} exists already.", model.Name.Trim()]);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await roles.CreateAsync(new Role(model.Name.Trim()) { Description = model.Description?.Trim() });
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError(nameof(model.Name), e.Description));
            return View(model);
        }

        notifier.Success(S["The role {0} was created. Choose its permissions now.", model.Name.Trim()]);
        return RedirectToAction(nameof(Edit), new { name = model.Name.Trim() });
    }

    [HttpGet("{name}/Edit")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        if (!await grants.CanManageRoleAsync(User, role, cancellationToken))
        {
            return Refused(role, "open");
        }

        var model = new RoleEditViewModel
        {
            OriginalName = role.Name,
            Name = role.Name!,
            Description = role.Description,
            Permissions = [.. await rolePermissions.GetAsync(role, cancellationToken)],
        };
        return View(await WithGroupsAsync(model, cancellationToken));
    }

    [HttpPost("{name}/Edit")]
    public async Task<IActionResult> Edit(string name, RoleEditViewModel model, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        if (!await grants.CanManageRoleAsync(User, role, cancellationToken))
        {
            return Refused(role, "edit");
        }

        // The name is fixed: permissions and users refer to it.
        model.Name = role.Name!;
        model.OriginalName = role.Name;
        ModelState.Remove(nameof(model.Name));
        if (!ModelState.IsValid)
        {
            return View(await WithGroupsAsync(model, cancellationToken));
        }

        // An unchanged description is not written: the role's concurrency stamp stays.
        if (role.Description != model.Description?.Trim())
        {
            role.Description = model.Description?.Trim();
            await roles.UpdateAsync(role);
        }
        if (!IsAdministrator(role))
        {
            var current = await rolePermissions.GetAsync(role, cancellationToken);
            var next = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in catalog.All)
            {
                var permission = entry.Permission.Name;
                var wanted = model.Permissions.Contains(permission, StringComparer.OrdinalIgnoreCase);
                // What the current user may not grant keeps its state, whatever the form says.
                if (await grants.CanGrantAsync(User, permission, cancellationToken) ? wanted : current.Contains(permission))
                {
                    next.Add(permission);
                }
            }

            await rolePermissions.SetAsync(role, next, cancellationToken);
        }

        notifier.Success(S["The role {0} was saved.", role.Name!]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{name}/Delete")]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            return NotFound();
        }

        if (!await grants.CanManageRoleAsync(User, role, cancellationToken))
        {
            return Refused(role, "delete");
        }

        if (RoleNames.IsSystem(role.Name!))
        {
            notifier.Error(S["The role {0} is needed by the system and cannot be deleted.", role.Name!]);
        }
        else
        {
            await roles.DeleteAsync(role);
            notifier.Success(S["The role {0} was deleted.", role.Name!]);
        }

        return RedirectToAction(nameof(Index));
    }

    private ViewResult Refused(Role role, string action)
    {
        logger.LogWarning("{Actor} was refused to {Action} the role {Role}, which carries permissions the actor does not hold", User.Identity?.Name, action, role.Name);
        return Refusal.Forbidden(this, S["You may not change the role {0}: it carries permissions that you do not hold.", role.Name!], "~/Admin/Roles");
    }

    private static bool IsAdministrator(Role role) => string.Equals(role.Name, RoleNames.Administrator, StringComparison.OrdinalIgnoreCase);

    private async Task<RoleEditViewModel> WithGroupsAsync(RoleEditViewModel model, CancellationToken cancellationToken)
    {
        model.IsAdministrator = string.Equals(model.Name, RoleNames.Administrator, StringComparison.OrdinalIgnoreCase);
        var enabled = await featureState.GetEnabledAsync(cancellationToken);
        var groups = new List<PermissionGroup>();
        foreach (var group in catalog.All.Where(e => enabled.Contains(e.FeatureId))
                     .GroupBy(e => e.Permission.Category ?? features.Find(e.FeatureId)?.Name ?? e.FeatureId)
                     .OrderBy(g => g.Key, StringComparer.CurrentCulture))
        {
            var choices = new List<PermissionChoice>();
            foreach (var entry in group.OrderBy(e => e.Permission.Name, StringComparer.Ordinal))
            {
                choices.Add(new PermissionChoice(
                    entry.Permission.Name,
                    S[entry.Permission.Description],
                    entry.Permission.IsSecurityCritical,
                    await grants.CanGrantAsync(User, entry.Permission.Name, cancellationToken)));
            }

            groups.Add(new PermissionGroup(S[group.Key], choices));
        }

        model.Groups = groups;
        return model;
    }
}
