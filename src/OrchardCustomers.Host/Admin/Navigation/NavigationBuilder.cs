using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Admin.Navigation;

public sealed class NavigationBuilder
{
    public List<MenuItem> Items { get; } = [];

    public NavigationBuilder Add(
        LocalizedString text,
        string url,
        string position,
        Permission? permission = null,
        string? id = null,
        string? shortcut = null,
        string? icon = null,
        Action<NavigationBuilder>? children = null)
    {
        var item = new MenuItem
        {
            Text = text,
            Url = url,
            Position = position,
            Permissions = permission is null ? [] : [permission],
            Id = id,
            Shortcut = shortcut,
            Icon = icon,
        };

        if (children is not null)
        {
            var nested = new NavigationBuilder();
            children(nested);
            item.Children.AddRange(nested.Items);
        }

        Items.Add(item);
        return this;
    }
}
