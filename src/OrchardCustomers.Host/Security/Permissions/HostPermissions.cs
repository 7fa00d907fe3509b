using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>The host's permissions and what the default roles get of them (docs/permissions.md explains the choice).</summary>
public sealed class HostPermissions : IPermissionProvider
{
    public static readonly Permission SiteOwner = new("SiteOwner", "Site owners: every permission", isSecurityCritical: true) { Category = "Security" };
    public static readonly Permission ManageTenants = new("ManageTenants", "Manage tenants", [SiteOwner], isSecurityCritical: true) { Category = "Tenants" };
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Run recipes", [SiteOwner], isSecurityCritical: true) { Category = "Recipes" };
    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable features", [SiteOwner], isSecurityCritical: true) { Category = "Features" };
    public static readonly Permission ManageRoles = new("ManageRoles", "Manage roles", [SiteOwner], isSecurityCritical: true) { Category = "Security" };
    public static readonly Permission ManageUsers = new("ManageUsers", "Manage users", [SiteOwner], isSecurityCritical: true) { Category = "Security" };
    public static readonly Permission ViewUsers = new("ViewUsers", "View users", [ManageUsers]) { Category = "Security" };
    public static readonly Permission ManageSettings = new("ManageSettings", "Manage site settings", [SiteOwner]) { Category = "Settings" };
    public static readonly Permission ManageOwnApiTokens = new("ManageOwnApiTokens", "Create and revoke one's own API tokens", [SiteOwner]) { Category = "Security" };
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Access the admin", [SiteOwner]) { Category = "Admin" };

    private static readonly Permission[] All =
        [SiteOwner, ManageTenants, ManageRecipes, ManageFeatures, ManageRoles, ManageUsers, ViewUsers, ManageSettings, ManageOwnApiTokens, AccessAdminPanel];

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>(All);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [SiteOwner]),
        new(RoleNames.AccountOwner, [AccessAdminPanel, ManageUsers, ManageRoles, ManageSettings, ManageFeatures, ManageOwnApiTokens]),
        new(RoleNames.Manager, [AccessAdminPanel, ViewUsers, ManageOwnApiTokens]),
        new(RoleNames.Accountant, [AccessAdminPanel, ManageOwnApiTokens]),
        new(RoleNames.Authenticated, []),
        new(RoleNames.Anonymous, []),
    ];
}
