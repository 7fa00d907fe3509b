namespace OrchardCustomers.Tests.Limits;

/// <summary>One oversized value: the body to send and the field its problem details must name.</summary>
/// <param name="Field">The camelCase path, as the API names it: "addresses[0].street", "emails".</param>
/// <param name="Max">The limit broken: characters, or entries when <paramref name="IsCount"/>.</param>
public sealed record LimitCase(string Field, string Body, int Max, bool IsCount);
