using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Security.Authentication;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the current tenant's API tokens.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var shell = Context.RequestServices.GetRequiredService<ShellContext>();
        if (!shell.HasTenant || shell.Settings.State != TenantState.Running)
        {
            return AuthenticateResult.NoResult();
        }

        var value = header[BearerPrefix.Length..].Trim();
        var principal = value.Length == 0 ? null : await Context.RequestServices.GetRequiredService<ApiTokenIdentities>().AuthenticateAsync(value, Context.RequestAborted);
        if (principal is null)
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblem.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required.", "Send a valid API token as 'Authorization: Bearer <token>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblem.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden.", "The token's user lacks the permission this endpoint requires.");
}
