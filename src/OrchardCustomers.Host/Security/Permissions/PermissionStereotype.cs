namespace OrchardCustomers.Host.Security.Permissions;

/// <summary>The permissions a feature gives a default role when the feature is first enabled, as in Orchard.</summary>
public sealed record PermissionStereotype(string Name, IReadOnlyList<Permission> Permissions);
