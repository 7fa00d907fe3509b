namespace OrchardCustomers.Host.Security.Roles;

/// <param name="CanManage">Whether the current user may edit and delete this role (see GrantGuard).</param>
public sealed record RoleRow(string Name, string? Description, int UserCount, bool IsSystem, bool CanManage);
