using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Admin.Paging;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Settings;

namespace OrchardCustomers.Host.Security.Users;

[Route("Admin/Users")]
public sealed class UsersController(
    UserManager<User> users,
    RoleManager<Role> roles,
    HostDbContext db,
    GrantGuard grants,
    AdministratorGuard administrators,
    PermissionService permissions,
    SiteService site,
    Notifier notifier,
    TimeProvider clock,
    ILogger<UsersController> logger,
    IStringLocalizer<UsersController> S) : Controller
{
    [HttpGet("")]
    [RequirePermission("ViewUsers")]
    public async Task<IActionResult> Index(string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var settings = await site.GetAsync(cancellationToken);
        var (pageNumber, size) = Pager.Normalize(page, pageSize, settings.PageSize, settings.MaxPageSize);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(term) || u.NormalizedEmail!.Contains(term));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var pager = new Pager(pageNumber, size, total);
        var rows = await query.OrderBy(u => u.NormalizedUserName).Skip(pager.Skip).Take(size).ToListAsync(cancellationToken);
        var ids = rows.Select(u => u.Id).ToList();
        var roleNames = await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            where ids.Contains(ur.UserId)
            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);

        var manageable = await grants.ManageableUsersAsync(User, ids, cancellationToken);
        var now = clock.GetUtcNow();
        return View(new UserListViewModel
        {
            Search = q,
            Pager = pager,
            CanManage = await permissions.IsGrantedAsync(User, HostPermissions.ManageUsers, cancellationToken),
            Users = [.. rows.Select(u => new UserRow(
                u.Id,
                u.UserName!,
                u.Email ?? "",
                u.IsEnabled,
                u.LockoutEnd > now,
                [.. roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order()],
                manageable.Contains(u.Id)))],
        });
    }

    [HttpGet("Create")]
    [RequirePermission("ManageUsers")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await WithRolesAsync(new UserEditViewModel(), cancellationToken));

    [HttpPost("Create")]
    [RequirePermission("ManageUsers")]
    public async Task<IActionResult> Create(UserEditViewModel model, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), S["Enter a password."]);
        }

        ValidatePasswordConfirmation(model);
        await ValidateRolesAsync(model.Roles, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", await WithRolesAsync(model, cancellationToken));
        }

        var user = new User { UserName = model.UserName.Trim(), Email = model.Email.Trim(), IsEnabled = model.IsEnabled, EmailConfirmed = true, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, model.Password!);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, model.Roles.Distinct());
        }

        if (!result.Succeeded)
        {
            AddErrors(result);
            return View("Edit", await WithRolesAsync(model, cancellationToken));
        }

        notifier.Success(S["The user {0} was created.", user.UserName]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/Edit")]
    [RequirePermission("ManageUsers")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!await grants.CanManageUserAsync(User, user.Id, cancellationToken))
        {
            return Refused(user, "open");
        }

        var model = new UserEditViewModel
        {
            Id = user.Id,
            UserName = user.UserName!,
            Email = user.Email ?? "",
            IsEnabled = user.IsEnabled,
            Roles = [.. await users.GetRolesAsync(user)],
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
        return View(await WithRolesAsync(model, cancellationToken));
    }

    [HttpPost("{id}/Edit")]
    [RequirePermission("ManageUsers")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        // Before anything else, so that a refused post changes nothing and reveals nothing about the form's state.
        if (!await grants.CanManageUserAsync(User, user.Id, cancellationToken))
        {
            return Refused(user, "edit");
        }

        model.Id = id;
        // Identity re-attaches the user before saving, which makes EF forget the stamp it loaded: compare it here.
        if (!string.Equals(user.ConcurrencyStamp, model.ConcurrencyStamp, StringComparison.Ordinal))
        {
            ModelState.AddModelError("", S["Someone else changed this user in the meantime. Reload the page to see their changes, then edit again."]);
            ViewData["Conflict"] = true;
            return View(await WithRolesAsync(model, cancellationToken));
        }

        ValidatePasswordConfirmation(model);
        var current = await users.GetRolesAsync(user);
        var wanted = await MergeRolesAsync(current, model.Roles, cancellationToken);
        var losesAdministrator = current.Contains(RoleNames.Administrator) && (!wanted.Contains(RoleNames.Administrator) || !model.IsEnabled);
        if (losesAdministrator && await administrators.IsLastAdministratorAsync(user))
        {
            ModelState.AddModelError("", S["This is the last enabled administrator: keep the role and the account enabled."]);
        }

        if (user.Id == users.GetUserId(User) && !model.IsEnabled)
        {
            ModelState.AddModelError(nameof(model.IsEnabled), S["You cannot disable your own account."]);
        }

        if (!ModelState.IsValid)
        {
            return View(await WithRolesAsync(model, cancellationToken));
        }

        var wasEnabled = user.IsEnabled;
        // An unchanged form writes nothing: the concurrency stamp stays, so nobody else's open form turns stale.
        var changed = user.UserName != model.UserName.Trim() || user.Email != model.Email.Trim() || user.IsEnabled != model.IsEnabled;
        user.UserName = model.UserName.Trim();
        user.Email = model.Email.Trim();
        user.IsEnabled = model.IsEnabled;
        var result = changed ? await users.UpdateAsync(user) : IdentityResult.Success;
        if (result.Succeeded && !string.IsNullOrEmpty(model.Password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            result = await users.ResetPasswordAsync(user, token, model.Password);
        }

        if (result.Succeeded && current.Except(wanted).Any())
        {
            result = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        }

        if (result.Succeeded && wanted.Except(current).Any())
        {
            result = await users.AddToRolesAsync(user, wanted.Except(current));
        }

        if (!result.Succeeded)
        {
            AddErrors(result);
            return View(await WithRolesAsync(model, cancellationToken));
        }

        if (wasEnabled && !user.IsEnabled)
        {
            // Ends the user's sessions on their next request (SessionValidator checks the stamp on every request).
            await users.UpdateSecurityStampAsync(user);
        }

        notifier.Success(S["The user {0} was saved.", user.UserName!]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/Delete")]
    [RequirePermission("ManageUsers")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!await grants.CanManageUserAsync(User, user.Id, cancellationToken))
        {
            return Refused(user, "delete");
        }

        if (user.Id == users.GetUserId(User))
        {
            notifier.Error(S["You cannot delete your own account."]);
        }
        else if (await administrators.IsLastAdministratorAsync(user))
        {
            notifier.Error(S["This is the last enabled administrator; it cannot be deleted."]);
        }
        else
        {
            await users.DeleteAsync(user);
            notifier.Success(S["The user {0} was deleted.", user.UserName!]);
        }

        return RedirectToAction(nameof(Index));
    }

    private ViewResult Refused(User target, string action)
    {
        logger.LogWarning("{Actor} was refused to {Action} the user {Target}, who holds permissions the actor does not hold", users.GetUserName(User), action, target.UserName);
        return Refusal.Forbidden(this, S["You may not change the user {0}: they hold permissions that you do not hold.", target.UserName!], "~/Admin/Users");
    }

    private void ValidatePasswordConfirmation(UserEditViewModel model)
    {
        if (!string.IsNullOrEmpty(model.Password) && model.Password != model.PasswordConfirmation)
        {
            ModelState.AddModelError(nameof(model.PasswordConfirmation), S["The passwords do not match."]);
        }
    }

    private async Task ValidateRolesAsync(IEnumerable<string> wanted, CancellationToken cancellationToken)
    {
        foreach (var role in wanted.Distinct())
        {
            if (!await grants.CanAssignRoleAsync(User, role, cancellationToken))
            {
                ModelState.AddModelError(nameof(UserEditViewModel.Roles), S["You may not assign the role {0}.", role]);
            }
        }
    }

    /// <summary>Roles the current user may not assign keep their current state, whatever the form says.</summary>
    private async Task<List<string>> MergeRolesAsync(IList<string> current, IEnumerable<string> posted, CancellationToken cancellationToken)
    {
        var result = new List<string>();
        foreach (var role in await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken))
        {
            var assignable = await grants.CanAssignRoleAsync(User, role, cancellationToken);
            if (assignable ? posted.Contains(role, StringComparer.OrdinalIgnoreCase) : current.Contains(role))
            {
                result.Add(role);
            }
        }

        return result;
    }

    private async Task<UserEditViewModel> WithRolesAsync(UserEditViewModel model, CancellationToken cancellationToken)
    {
        var choices = new List<RoleChoice>();
        foreach (var role in await roles.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken))
        {
            if (!RoleNames.IsImplicit(role.Name!))
            {
                choices.Add(new RoleChoice(role.Name!, role.Description, await grants.CanAssignRoleAsync(User, role.Name!, cancellationToken)));
            }
        }

        model.AvailableRoles = choices;
        return model;
    }

    private void AddErrors(IdentityResult result)
    {
        static string FieldOf(IdentityError error) => error.Code switch
        {
            var c when c.Contains("Password", StringComparison.Ordinal) => nameof(UserEditViewModel.Password),
            var c when c.Contains("UserName", StringComparison.Ordinal) => nameof(UserEditViewModel.UserName),
            var c when c.Contains("Email", StringComparison.Ordinal) => nameof(UserEditViewModel.Email),
            _ => "",
        };

        // A field shows one message: all the password rules it breaks go into it at once.
        foreach (var field in result.Errors.GroupBy(FieldOf))
        {
            ModelState.AddModelError(field.Key, string.Join(" ", field.Select(e => e.Description)));
        }
    }
}
