namespace OrchardCustomers.Host.Account;

public enum LoginOutcome
{
    Succeeded,

    /// <summary>Unknown user or wrong password: the two look the same from outside.</summary>
    WrongCredentials,

    LockedOut,

    /// <summary>Disabled, and the password was right: only then is the user told so.</summary>
    Disabled,
}
