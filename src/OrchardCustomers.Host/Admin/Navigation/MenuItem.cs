using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Admin.Navigation;

public sealed class MenuItem
{
    public required LocalizedString Text { get; init; }

    /// <summary>A path below the tenant, e.g. "Admin/Users"; the menu renders it with the tenant's prefix.</summary>
    public string? Url { get; init; }

    /// <summary>Sorts items: "1", "1.5", "10" (compared as numbers).</summary>
    public string Position { get; init; } = "5";

    public string? Id { get; init; }

    /// <summary>The item is shown only to users who hold one of these.</summary>
    public IReadOnlyList<Permission> Permissions { get; init; } = [];

    /// <summary>A two-key sequence such as "c n" that follows the link from anywhere in the admin.</summary>
    public string? Shortcut { get; init; }

    /// <summary>The name of an icon the theme knows.</summary>
    public string? Icon { get; init; }

    public List<MenuItem> Children { get; } = [];
}
