namespace OrchardCustomers.Tests.Security;

/// <summary>Everything about a role that an action could change; equal snapshots mean nothing changed.</summary>
public sealed record RoleSnapshot(bool Exists, string? Name, string? Description, string? ConcurrencyStamp, string Permissions, int UserCount)
{
    public static readonly RoleSnapshot Missing = new(false, null, null, null, "", 0);

    public IReadOnlyList<string> PermissionList => Permissions.Length == 0 ? [] : Permissions.Split(',');
}
