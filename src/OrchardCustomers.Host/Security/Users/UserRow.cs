namespace OrchardCustomers.Host.Security.Users;

/// <param name="CanManage">Whether the current user may edit and delete this user (see GrantGuard).</param>
public sealed record UserRow(string Id, string UserName, string Email, bool IsEnabled, bool IsLockedOut, IReadOnlyList<string> Roles, bool CanManage);
