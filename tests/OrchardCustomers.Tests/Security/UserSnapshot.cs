namespace OrchardCustomers.Tests.Security;

/// <summary>Everything about a user that an action could change; equal snapshots mean nothing changed.</summary>
public sealed record UserSnapshot(
    bool Exists,
    string? UserName,
    string? Email,
    string? PasswordHash,
    string? SecurityStamp,
    string? ConcurrencyStamp,
    bool IsEnabled,
    DateTimeOffset? LockoutEnd,
    int AccessFailedCount,
    string Roles,
    string Tokens)
{
    public static readonly UserSnapshot Missing = new(false, null, null, null, null, null, false, null, 0, "", "");

    public IReadOnlyList<string> RoleList => Roles.Length == 0 ? [] : Roles.Split(',');

    public int TokenCount => Tokens.Length == 0 ? 0 : Tokens.Split(',').Length;
}
