namespace OrchardCustomers.Host.Security.Permissions;

public sealed record PermissionEntry(Permission Permission, string FeatureId);
