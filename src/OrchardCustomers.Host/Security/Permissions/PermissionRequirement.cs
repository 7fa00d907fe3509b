using Microsoft.AspNetCore.Authorization;

namespace OrchardCustomers.Host.Security.Permissions;

public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}
