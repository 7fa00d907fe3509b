using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Security.Authentication;

/// <summary>Stamps every principal with its tenant, so that a cookie or token cannot be replayed in another tenant.</summary>
public sealed class TenantClaimsPrincipalFactory(
    UserManager<User> userManager,
    RoleManager<Role> roleManager,
    IOptions<IdentityOptions> options,
    ShellContext shell) : UserClaimsPrincipalFactory<User, Role>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenantClaimTypes.Tenant, shell.Settings.Name));
        return identity;
    }
}
