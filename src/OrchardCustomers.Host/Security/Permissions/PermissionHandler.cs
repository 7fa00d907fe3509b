using Microsoft.AspNetCore.Authorization;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Security.Permissions;

public sealed class PermissionHandler(ShellContext shell, PermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (shell.HasTenant && await permissions.IsGrantedAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
