using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Users;

namespace OrchardCustomers.Host.Account;

/// <summary>
/// A hash of a random password, made once with the site's own hasher settings. A login for an unknown user is
/// checked against it, so that it costs what a wrong password of a known user costs and user names cannot be told
/// apart by the time the answer takes.
/// </summary>
public sealed class UnknownUserPasswordHash
{
    private static readonly User Nobody = new();
    private readonly Lock _lock = new();
    private string? _hash;

    public void Verify(IPasswordHasher<User> hasher, string password)
    {
        string hash;
        lock (_lock)
        {
            hash = _hash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        }

        // The result is ignored: only the work matters.
        _ = hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
