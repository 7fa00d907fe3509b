using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Host.Security.Users;

/// <summary>A tenant must keep at least one enabled administrator, or nobody could ever manage it again.</summary>
public sealed class AdministratorGuard(UserManager<User> users)
{
    public async Task<bool> IsLastAdministratorAsync(User user)
    {
        if (!await users.IsInRoleAsync(user, RoleNames.Administrator))
        {
            return false;
        }

        var administrators = await users.GetUsersInRoleAsync(RoleNames.Administrator);
        return !administrators.Any(a => a.Id != user.Id && a.IsEnabled);
    }
}
