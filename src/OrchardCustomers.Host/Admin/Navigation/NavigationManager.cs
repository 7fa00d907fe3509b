using System.Globalization;
using System.Security.Claims;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Admin.Navigation;

/// <summary>Builds a menu from the providers of enabled features, keeping only what the user may use.</summary>
public sealed class NavigationManager(IEnumerable<INavigationProvider> providers, ShellFeaturesManager features, PermissionService permissions)
{
    public async Task<IReadOnlyList<MenuItem>> BuildMenuAsync(string name, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var builder = new NavigationBuilder();
        foreach (var provider in await features.WhereEnabledAsync(providers, cancellationToken))
        {
            await provider.BuildNavigationAsync(name, builder);
        }

        var granted = await permissions.GetGrantedAsync(user, cancellationToken);
        return Filter(builder.Items, granted);
    }

    private static List<MenuItem> Filter(IEnumerable<MenuItem> items, IReadOnlySet<string> granted)
    {
        var visible = new List<MenuItem>();
        foreach (var item in items.OrderBy(i => PositionKey(i.Position)).ThenBy(i => i.Text.Value, StringComparer.CurrentCulture))
        {
            if (item.Permissions.Count > 0 && !item.Permissions.Any(p => PermissionService.Satisfies(p, granted)))
            {
                continue;
            }

            var children = Filter(item.Children, granted);
            var copy = new MenuItem
            {
                Text = item.Text,
                Url = item.Url,
                Position = item.Position,
                Permissions = item.Permissions,
                Id = item.Id,
                Shortcut = item.Shortcut,
                Icon = item.Icon,
            };
            copy.Children.AddRange(children);

            // A heading whose children are all hidden is hidden too.
            if (copy.Url is null && copy.Children.Count == 0)
            {
                continue;
            }

            visible.Add(copy);
        }

        return visible;
    }

    private static decimal PositionKey(string position) =>
        decimal.TryParse(position, NumberStyles.Number, CultureInfo.InvariantCulture, out var key) ? key : decimal.MaxValue;
}
