using Microsoft.AspNetCore.Authorization;

namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>
/// Declares the permission an action or controller needs. Declared rather than checked inside the action,
/// so that tests can walk every endpoint and prove each one is guarded.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public const string PolicyPrefix = "Permission:";

    public RequirePermissionAttribute(string permission)
    {
        Permission = permission;
        Policy = PolicyPrefix + permission;
    }

    public string Permission { get; }
}
