namespace OrchardCustomers.Tests.Security.Matrix;

/// <summary>
/// One caller of the matrix: a browser session (with an antiforgery token that is valid for it, so that a refusal is
/// the permission's and not the token's) and an API client with the user's bearer token.
/// </summary>
/// <param name="UserId">The user's id; for a visitor, the id of the user without a role (whose things a visitor tries to touch).</param>
public sealed record MatrixActor(Who Who, string UserId, HttpClient Browser, string AntiforgeryToken, HttpClient Api)
{
    public bool IsAnonymous => Who == Who.Anonymous;

    public override string ToString() => Who.ToString();
}
