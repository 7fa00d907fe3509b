namespace OrchardCustomers.Tests.Security.Matrix;

/// <summary>The callers the permission matrix is written for: the default roles, a user without a role, and a visitor.</summary>
[Flags]
public enum Who
{
    Nobody = 0,
    Administrator = 1,
    AccountOwner = 2,
    Manager = 4,
    Accountant = 8,

    /// <summary>Logged in, in no role but Authenticated (which starts without permissions).</summary>
    NoRole = 16,

    /// <summary>Not logged in.</summary>
    Anonymous = 32,

    Owners = Administrator | AccountOwner,
    Staff = Administrator | AccountOwner | Manager | Accountant,
    LoggedIn = Staff | NoRole,
    Everyone = LoggedIn | Anonymous,
}
