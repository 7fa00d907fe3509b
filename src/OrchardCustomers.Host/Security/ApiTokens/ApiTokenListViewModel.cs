namespace OrchardCustomers.Host.Security.ApiTokens;

public sealed class ApiTokenListViewModel
{
    public required IReadOnlyList<ApiToken> Tokens { get; init; }

    public required ApiTokenCreateViewModel NewToken { get; init; }

    public required DateTime UtcNow { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }
}
