namespace OrchardCustomers.Host.Security.Users;

public sealed record UserRow(string Id, string UserName, string Email, bool IsEnabled, bool IsLockedOut, IReadOnlyList<string> Roles);
