namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>
/// A named right, as in Orchard: a role grants it by carrying a claim with its name. A permission is also granted
/// by any permission it is implied by, and by SiteOwner.
/// </summary>
public sealed class Permission(string name, string description, IEnumerable<Permission>? impliedBy = null, bool isSecurityCritical = false)
{
    public const string ClaimType = "Permission";

    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The heading the permission is listed under; the feature's name when empty.</summary>
    public string? Category { get; init; }

    public IReadOnlyList<Permission> ImpliedBy { get; } = impliedBy?.ToArray() ?? [];

    /// <summary>Only users who hold a security-critical permission may grant it to a role.</summary>
    public bool IsSecurityCritical { get; } = isSecurityCritical;

    public override string ToString() => Name;
}
