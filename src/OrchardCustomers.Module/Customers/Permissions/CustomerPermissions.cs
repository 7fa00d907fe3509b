using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;

namespace OrchardCustomers.Module.Customers.Permissions;

/// <summary>Who may do what with customers; docs/permissions.md gives the reasons for the defaults.</summary>
[Feature(CustomersFeature.Id)]
public sealed class CustomerPermissions : IPermissionProvider
{
    public const string Category = "Customers";

    public static readonly Permission ManageCustomerSettings = new("ManageCustomerSettings", "Manage number ranges and custom fields of customers") { Category = Category };
    public static readonly Permission EditReadOnlyCustomers = new("EditReadOnlyCustomers", "Edit customers marked read-only, and mark them") { Category = Category };
    public static readonly Permission DeleteCustomers = new("DeleteCustomers", "Delete customers") { Category = Category };
    public static readonly Permission EditCustomers = new("EditCustomers", "Create, edit, archive and restore customers", [EditReadOnlyCustomers]) { Category = Category };
    public static readonly Permission ViewCustomers = new("ViewCustomers", "View customers", [EditCustomers, DeleteCustomers]) { Category = Category };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() =>
        Task.FromResult<IEnumerable<Permission>>([ViewCustomers, EditCustomers, DeleteCustomers, EditReadOnlyCustomers, ManageCustomerSettings]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ViewCustomers, EditCustomers, DeleteCustomers, EditReadOnlyCustomers, ManageCustomerSettings]),
        new(RoleNames.AccountOwner, [ViewCustomers, EditCustomers, DeleteCustomers, EditReadOnlyCustomers, ManageCustomerSettings]),
        new(RoleNames.Manager, [ViewCustomers, EditCustomers, DeleteCustomers]),
        new(RoleNames.Accountant, [ViewCustomers, EditCustomers, EditReadOnlyCustomers, ManageCustomerSettings]),
    ];
}
