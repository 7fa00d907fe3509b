using static OrchardCustomers.Tests.Security.Matrix.Who;

namespace OrchardCustomers.Tests.Security.Matrix;

/// <summary>
/// Who may call what, written by hand from docs/permissions.md and never read from the code under test. Every route
/// the site maps must have a line here, or PermissionMatrixTests fails naming it. To add an endpoint: add a line with
/// the method and the route template exactly as the failure prints them and the callers that may use it; for a POST,
/// PUT or DELETE also add a state probe (MatrixProbes) that tells whether the call took effect.
/// </summary>
public static class PermissionMatrix
{
    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        // ---- open by design, and what every logged-in user may do for themselves ----
        new("GET",  "Login",                                        Everyone),
        new("POST", "Login",                                        Everyone),
        new("GET",  "Setup",                                        Everyone),
        new("POST", "Setup",                                        Everyone),
        new("GET",  "Setup/Finish",                                 Everyone),
        new("POST", "Account/Culture",                              Everyone),
        new("GET",  "Error/{code:int}",                             Everyone),
        new("GET",  "health",                                       Everyone),
        new("GET",  "openapi/{documentName}.json",                  Everyone),
        new("POST", "Logout",                                       LoggedIn),
        new("GET",  "Account/ChangePassword",                       LoggedIn),
        new("POST", "Account/ChangePassword",                       LoggedIn),
        new("GET",  "api/me",                                       LoggedIn),

        // ---- host: AccessAdminPanel, ManageOwnApiTokens ----
        new("GET",  "Admin",                                        Staff),
        new("GET",  "Admin/ApiTokens",                              Staff),
        new("POST", "Admin/ApiTokens/Create",                       Staff),
        new("POST", "Admin/ApiTokens/{id:guid}/Revoke",             Staff),

        // ---- host: ManageFeatures, ManageSettings, ManageRoles, ManageUsers (targets a user without a role) ----
        new("GET",  "Admin/Features",                               Owners),
        new("POST", "Admin/Features/{id}/Enable",                   Owners),
        new("POST", "Admin/Features/{id}/Disable",                  Owners),
        new("GET",  "Admin/Settings",                               Owners),
        new("POST", "Admin/Settings",                               Owners),
        new("GET",  "Admin/StyleGuide",                             Owners),
        new("GET",  "Admin/Roles",                                  Owners),
        new("GET",  "Admin/Roles/Create",                           Owners),
        new("POST", "Admin/Roles/Create",                           Owners),
        new("GET",  "Admin/Roles/{name}/Edit",                      Owners),
        new("POST", "Admin/Roles/{name}/Edit",                      Owners),
        new("POST", "Admin/Roles/{name}/Delete",                    Owners),
        new("GET",  "Admin/Users",                                  Owners | Manager),
        new("GET",  "Admin/Users/Create",                           Owners),
        new("POST", "Admin/Users/Create",                           Owners),
        new("GET",  "Admin/Users/{id}/Edit",                        Owners),
        new("POST", "Admin/Users/{id}/Edit",                        Owners),
        new("POST", "Admin/Users/{id}/Delete",                      Owners),

        // ---- host: ManageRecipes, ManageTenants (Administrator only) ----
        new("GET",  "Admin/Recipes",                                Administrator),
        new("POST", "Admin/Recipes/{name}/Run",                     Administrator),
        new("POST", "Admin/Recipes/Upload",                         Administrator),
        new("GET",  "Admin/Recipes/Export",                         Administrator),
        new("GET",  "api/recipes/export",                           Administrator),
        new("GET",  "Admin/Tenants",                                Administrator),
        new("GET",  "Admin/Tenants/Create",                         Administrator),
        new("POST", "Admin/Tenants/Create",                         Administrator),
        new("GET",  "Admin/Tenants/{name}/Edit",                    Administrator),
        new("POST", "Admin/Tenants/{name}/Edit",                    Administrator),
        new("POST", "Admin/Tenants/{name}/Disable",                 Administrator),
        new("POST", "Admin/Tenants/{name}/Enable",                  Administrator),

        // ---- customers: ViewCustomers, EditCustomers (everyone on the staff), DeleteCustomers (not the Accountant),
        //      EditReadOnlyCustomers (not the Manager) to change a customer marked read-only ----
        new("GET",  "Admin/Customers",                              Staff),
        new("GET",  "Admin/Customers/{id:long}/Panel",              Staff),
        new("GET",  "Admin/Customers/{id:long}/Files/{fileId:guid}", Staff),
        new("GET",  "Admin/Customers/{id:long}/Picture",            Staff),
        new("GET",  "Admin/Customers/Create",                       Staff),
        new("POST", "Admin/Customers/Create",                       Staff),
        new("GET",  "Admin/Customers/{id:long}/Edit",               Staff),
        new("POST", "Admin/Customers/{id:long}/Edit",               Staff),
        new("POST", "Admin/Customers/{id:long}/Edit",               Owners | Accountant, "read-only"),
        new("POST", "Admin/Customers/{id:long}/Archive",            Staff),
        new("POST", "Admin/Customers/{id:long}/Restore",            Staff),
        new("POST", "Admin/Customers/{id:long}/Delete",             Owners | Manager),
        new("POST", "Admin/Customers/{id:long}/Notes",              Staff),
        new("POST", "Admin/Customers/{id:long}/Notes/{noteId:guid}/Delete", Staff),
        new("POST", "Admin/Customers/{id:long}/Files",              Staff),
        new("POST", "Admin/Customers/{id:long}/Files/{fileId:guid}/Delete", Staff),
        new("POST", "Admin/Customers/{id:long}/Picture",            Staff),
        new("POST", "Admin/Customers/Bulk",                         Staff,            "Archive"),
        new("POST", "Admin/Customers/Bulk",                         Staff,            "Restore"),
        new("POST", "Admin/Customers/Bulk",                         Staff,            "SetCategory"),
        new("POST", "Admin/Customers/Bulk",                         Owners | Manager, "Delete"),
        new("GET",  "api/customers",                                Staff),
        new("POST", "api/customers",                                Staff),
        new("GET",  "api/customers/{id:long}",                      Staff),
        new("PUT",  "api/customers/{id:long}",                      Staff),
        new("PUT",  "api/customers/{id:long}",                      Owners | Accountant, "read-only"),
        new("DELETE", "api/customers/{id:long}",                    Owners | Manager),
        new("POST", "api/customers/{id:long}/archive",              Staff),
        new("POST", "api/customers/{id:long}/restore",              Staff),

        // ---- customers: ManageCustomerSettings (not the Manager) ----
        new("GET",  "Admin/Customers/Settings",                     Owners | Accountant),
        new("POST", "Admin/Customers/Settings",                     Owners | Accountant),
        new("POST", "Admin/Customers/Settings/Fields",              Owners | Accountant),
        new("POST", "Admin/Customers/Settings/Fields/{name}/Delete", Owners | Accountant),

        // ---- the test suite's sample module: ViewSamples (Manager, Accountant), EditSamples (Manager) ----
        new("GET",  "Admin/Samples",                                Administrator | Manager | Accountant),
        new("GET",  "api/samples",                                  Administrator | Manager | Accountant),
        new("POST", "api/samples",                                  Administrator | Manager),
    ];

    /// <summary>
    /// Changes that are not checked by their state here, and why. Everything else that is not a GET must have a probe.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> StatusOnly = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST Login"] = "open to everybody; the sign-in itself is covered by AccountTests",
        ["POST Setup"] = "open to everybody; a running tenant refuses it, covered by SetupScreenTests",
        ["POST Account/Culture"] = "open to everybody; sets a cookie only",
        ["POST Account/ChangePassword"] = "any logged-in user, for themselves; covered by AccountTests",
    };
}
