namespace OrchardCustomers.Host.Security.ApiTokens;

/// <summary>A personal API token. Only its SHA-256 hash is stored; the token itself is shown once.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>The last characters of the token, so that its owner can recognise it.</summary>
    public required string Hint { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ExpiresUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public bool IsActiveAt(DateTime utcNow) => RevokedUtc is null && (ExpiresUtc is null || ExpiresUtc > utcNow);
}
