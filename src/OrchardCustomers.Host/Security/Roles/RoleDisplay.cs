using Microsoft.Extensions.Localization;

namespace OrchardCustomers.Host.Security.Roles;

/// <summary>
/// How the admin names the roles every site starts with. Their stored names stay Orchard's (recipes and the API use
/// them); the admin shows a German-speaking bookkeeper's word for each, with the stored name beside it, and a
/// description of what the role is for when nobody wrote one. A role an administrator created shows as written.
/// </summary>
public sealed class RoleDisplay(IStringLocalizer<RoleDisplay> S)
{
    public string Name(string role) => role switch
    {
        RoleNames.Administrator => S["Administrator"],
        RoleNames.AccountOwner => S["Account owner"],
        RoleNames.Manager => S["Team lead"],
        RoleNames.Accountant => S["Accounting"],
        RoleNames.Authenticated => S["Every logged-in user"],
        RoleNames.Anonymous => S["Visitors who are not logged in"],
        _ => role,
    };

    /// <summary>Whether the admin shows another name than the stored one, so that the stored one goes beside it.</summary>
    public bool IsRenamed(string role) => !string.Equals(Name(role), role, StringComparison.Ordinal);

    public string? Description(string role, string? stored) => !string.IsNullOrWhiteSpace(stored) ? stored : role switch
    {
        RoleNames.Administrator => S["May do everything on this site: users, roles, features, recipes and tenants included."].Value,
        RoleNames.AccountOwner => S["Runs the account: users, roles, settings and features, and all customer data."].Value,
        RoleNames.Manager => S["Looks after customers: may create, edit and delete them, and see the users."].Value,
        RoleNames.Accountant => S["Keeps the books: may edit customers, including the fields that only accounting may change, and the customer settings."].Value,
        RoleNames.Authenticated => S["Everyone who is logged in has this role's permissions, without being assigned to it."].Value,
        RoleNames.Anonymous => S["Permissions for visitors who are not logged in. Usually none."].Value,
        _ => null,
    };
}
