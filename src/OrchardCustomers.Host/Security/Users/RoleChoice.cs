namespace OrchardCustomers.Host.Security.Users;

/// <param name="CanAssign">False when the role holds permissions the current user does not have.</param>
public sealed record RoleChoice(string Name, string? Description, bool CanAssign);
