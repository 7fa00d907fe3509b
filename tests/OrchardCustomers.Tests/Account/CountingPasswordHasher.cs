using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Users;

namespace OrchardCustomers.Tests.Account;

/// <summary>The site's own hasher, counting each verification: the work a login does, without timing anything.</summary>
public sealed class CountingPasswordHasher(IPasswordHasher<User> inner, PasswordHashCounter counter) : IPasswordHasher<User>
{
    public string HashPassword(User user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
    {
        counter.CountVerification();
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
