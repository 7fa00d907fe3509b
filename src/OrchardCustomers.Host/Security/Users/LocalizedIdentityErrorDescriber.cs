using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace OrchardCustomers.Host.Security.Users;

/// <summary>Identity's error messages in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<LocalizedIdentityErrorDescriber> S) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), S["An unknown failure has occurred."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), S["Someone else changed this record in the meantime. Reload and try again."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), S["Incorrect password."]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), S["The user name '{0}' is not valid: use letters, digits and - . _ @ + only.", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), S["The email address '{0}' is not valid.", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), S["The user name '{0}' is taken already.", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), S["The email address '{0}' is used by another user.", email]);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), S["The role name '{0}' is not valid.", role ?? ""]);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), S["A role named '{0}' exists already.", role]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), S["The user has the role '{0}' already.", role]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), S["The user does not have the role '{0}'.", role]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), S["The password must be at least {0} characters long.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), S["The password must use at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), S["The password must contain a character that is neither a letter nor a digit."]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), S["The password must contain a digit (0-9)."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), S["The password must contain a lowercase letter (a-z)."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), S["The password must contain an uppercase letter (A-Z)."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
