using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Admin.Navigation;

/// <summary>The host's entries in the admin menu.</summary>
public sealed class HostAdminMenu(IStringLocalizer<HostAdminMenu> S, ShellContext shell) : INavigationProvider
{
    public ValueTask BuildNavigationAsync(string name, NavigationBuilder builder)
    {
        if (name != "admin")
        {
            return ValueTask.CompletedTask;
        }

        builder.Add(S["Dashboard"], "Admin", "0", HostPermissions.AccessAdminPanel, id: "dashboard", shortcut: "g d", icon: "home");
        builder.Add(S["Users"], "Admin/Users", "80", HostPermissions.ViewUsers, id: "users", shortcut: "g u", icon: "users");
        builder.Add(S["Roles"], "Admin/Roles", "81", HostPermissions.ManageRoles, id: "roles", icon: "shield");
        builder.Add(S["API tokens"], "Admin/ApiTokens", "82", HostPermissions.ManageOwnApiTokens, id: "api-tokens", icon: "key");
        builder.Add(S["Features"], "Admin/Features", "90", HostPermissions.ManageFeatures, id: "features", icon: "puzzle");
        builder.Add(S["Recipes"], "Admin/Recipes", "91", HostPermissions.ManageRecipes, id: "recipes", icon: "scroll");
        builder.Add(S["Settings"], "Admin/Settings", "92", HostPermissions.ManageSettings, id: "settings", shortcut: "g s", icon: "gear");
        builder.Add(S["Design components"], "Admin/StyleGuide", "98", HostPermissions.ManageSettings, id: "style-guide", icon: "palette");
        if (shell.Settings.IsDefault)
        {
            builder.Add(S["Tenants"], "Admin/Tenants", "93", HostPermissions.ManageTenants, id: "tenants", icon: "buildings");
        }

        return ValueTask.CompletedTask;
    }
}
