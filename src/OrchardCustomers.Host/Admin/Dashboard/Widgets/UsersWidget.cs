using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Users;

namespace OrchardCustomers.Host.Admin.Dashboard.Widgets;

/// <summary>The host's card: how many people can work in this site, for those who look after users.</summary>
public sealed class UsersWidget(UserManager<User> users) : IDashboardWidget
{
    public const string ViewName = "~/Admin/Dashboard/Views/UsersWidget.cshtml";

    public int Order => 900;

    public Permission? Permission => HostPermissions.ViewUsers;

    public async Task<DashboardWidgetResult?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var enabled = await users.Users.CountAsync(u => u.IsEnabled, cancellationToken);
        var disabled = await users.Users.CountAsync(u => !u.IsEnabled, cancellationToken);
        return new DashboardWidgetResult("users", ViewName, new UsersWidgetModel(enabled, disabled));
    }
}
