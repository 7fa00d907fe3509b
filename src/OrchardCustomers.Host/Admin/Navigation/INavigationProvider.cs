namespace OrchardCustomers.Host.Admin.Navigation;

/// <summary>
/// Adds items to a menu (Orchard's INavigationProvider). The admin menu is named "admin". Mark the class with the
/// feature it belongs to: its items disappear in tenants where that feature is disabled.
/// </summary>
public interface INavigationProvider
{
    ValueTask BuildNavigationAsync(string name, NavigationBuilder builder);
}
