using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Security.ApiTokens;

/// <summary>Issues, finds and revokes personal API tokens. Tokens are random; only their SHA-256 hash is kept.</summary>
public sealed class ApiTokenService(HostDbContext db, TimeProvider clock)
{
    public const string TokenPrefix = "oct_";
    public const int MinimumLength = 32;

    public Task<List<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedUtc).ToListAsync(cancellationToken);

    /// <summary>Creates a token with a fresh random value and returns that value; it cannot be read again.</summary>
    public Task<(ApiToken Token, string Value)> CreateAsync(string userId, string name, DateTime? expiresUtc, CancellationToken cancellationToken = default) =>
        CreateWithValueAsync(userId, name, NewValue(), expiresUtc, cancellationToken);

    /// <summary>Creates a token with a value chosen by the operator (AutoSetup, recipes).</summary>
    public async Task<(ApiToken Token, string Value)> CreateWithValueAsync(
        string userId, string name, string value, DateTime? expiresUtc, CancellationToken cancellationToken = default)
    {
        if (value.Length < MinimumLength)
        {
            throw new ArgumentException($"An API token must be at least {MinimumLength} characters long.", nameof(value));
        }

        var hash = Hash(value);
        if (await db.ApiTokens.AnyAsync(t => t.TokenHash == hash, cancellationToken))
        {
            throw new InvalidOperationException("This API token exists already.");
        }

        var token = new ApiToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            TokenHash = hash,
            Hint = value[^4..],
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ExpiresUtc = expiresUtc,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, value);
    }

    /// <summary>Whose token this is, or null when there is no such token; callers check with GrantGuard before acting on it.</summary>
    public Task<string?> OwnerOfAsync(Guid tokenId, CancellationToken cancellationToken = default) =>
        db.ApiTokens.Where(t => t.Id == tokenId).Select(t => (string?)t.UserId).SingleOrDefaultAsync(cancellationToken);

    public async Task<bool> RevokeAsync(string userId, Guid tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null || token.RevokedUtc is not null)
        {
            return false;
        }

        token.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string NewValue() => TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
