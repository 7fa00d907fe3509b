namespace OrchardCustomers.BrowserTests.Infrastructure;

public static class TestAccounts
{
    public const string AdminUserName = "admin";
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "Admin-Passw0rd!";

    /// <summary>Meets the password rules: 8+ characters, upper, lower, digit, special.</summary>
    public const string UserPassword = "User-Passw0rd!";

    /// <summary>A user in the Manager role that <see cref="CustomersSite"/> creates, with <see cref="UserPassword"/>.</summary>
    public const string ManagerUserName = "manager";

    /// <summary>A user in the Accountant role that <see cref="CustomersSite"/> creates, with <see cref="UserPassword"/>.</summary>
    public const string AccountantUserName = "accountant";
}
