namespace OrchardCustomers.Host.Security.Roles;

public sealed record PermissionGroup(string Title, IReadOnlyList<PermissionChoice> Permissions);
