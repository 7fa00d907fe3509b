namespace OrchardCustomers.Host.Security.Roles;

public sealed record RoleRow(string Name, string? Description, int UserCount, bool IsSystem);
