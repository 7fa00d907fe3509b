using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>Turns "Permission:Name" policies into a <see cref="PermissionRequirement"/>.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionCatalog catalog) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(RequirePermissionAttribute.PolicyPrefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        var name = policyName[RequirePermissionAttribute.PolicyPrefix.Length..];
        var permission = catalog.Find(name) ?? throw new InvalidOperationException($"No feature declares the permission '{name}'.");
        return new AuthorizationPolicyBuilder().AddRequirements(new PermissionRequirement(permission)).Build();
    }
}
