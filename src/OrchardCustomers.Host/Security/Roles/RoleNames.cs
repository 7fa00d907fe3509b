namespace OrchardCustomers.Host.Security.Roles;

public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string AccountOwner = "AccountOwner";
    public const string Manager = "Manager";
    public const string Accountant = "Accountant";

    /// <summary>Every logged-in user is in this role without being assigned to it.</summary>
    public const string Authenticated = "Authenticated";

    /// <summary>Every visitor who is not logged in is in this role.</summary>
    public const string Anonymous = "Anonymous";

    public static readonly IReadOnlyList<string> Defaults = [Administrator, AccountOwner, Manager, Accountant, Authenticated, Anonymous];

    /// <summary>Roles that nobody is assigned to: membership follows from being logged in or not.</summary>
    public static bool IsImplicit(string role) =>
        string.Equals(role, Authenticated, StringComparison.OrdinalIgnoreCase) || string.Equals(role, Anonymous, StringComparison.OrdinalIgnoreCase);

    public static bool IsSystem(string role) => IsImplicit(role) || string.Equals(role, Administrator, StringComparison.OrdinalIgnoreCase);
}
