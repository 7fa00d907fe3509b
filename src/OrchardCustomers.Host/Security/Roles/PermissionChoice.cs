namespace OrchardCustomers.Host.Security.Roles;

/// <param name="CanGrant">False when the current user does not hold the permission and so may not hand it out.</param>
public sealed record PermissionChoice(string Name, string Description, bool IsSecurityCritical, bool CanGrant);
