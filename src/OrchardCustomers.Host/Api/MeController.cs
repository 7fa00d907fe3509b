using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Api;

[Route("api/me")]
[Authorize]
public sealed class MeController(UserManager<User> users, PermissionService permissions, PermissionCatalog catalog, ShellContext shell) : ApiControllerBase
{
    [HttpGet]
    [EndpointSummary("The user behind the token or cookie")]
    [EndpointDescription("User name, tenant, roles and the permissions they grant in this tenant (implied ones included).")]
    [ProducesResponseType<MeResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<ActionResult<MeResponse>> Get(CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        if (user is null)
        {
            return Unauthorized();
        }

        var granted = await permissions.GetGrantedAsync(User, cancellationToken);
        var effective = catalog.All.Select(e => e.Permission).Where(p => PermissionService.Satisfies(p, granted)).Select(p => p.Name).Order(StringComparer.Ordinal);
        return new MeResponse(user.UserName!, shell.Settings.Name, [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)], [.. effective]);
    }
}
