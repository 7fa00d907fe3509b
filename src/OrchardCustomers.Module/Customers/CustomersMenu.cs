using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Navigation;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Module.Customers.Permissions;

namespace OrchardCustomers.Module.Customers;

[Feature(CustomersFeature.Id)]
public sealed class CustomersMenu(IStringLocalizer<CustomersMenu> S) : INavigationProvider
{
    public ValueTask BuildNavigationAsync(string name, NavigationBuilder builder)
    {
        if (name == "admin")
        {
            builder.Add(S["Customers"], "Admin/Customers", "1", CustomerPermissions.ViewCustomers, id: "customers", shortcut: "g c", children: customers => customers
                .Add(S["New customer"], "Admin/Customers/Create", "1", CustomerPermissions.EditCustomers, id: "customers-new", shortcut: "c n")
                .Add(S["Customer settings"], "Admin/Customers/Settings", "2", CustomerPermissions.ManageCustomerSettings, id: "customers-settings"));
        }

        return ValueTask.CompletedTask;
    }
}
