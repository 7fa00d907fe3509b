using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Health;
using OrchardCustomers.Host.Security.Authentication;

namespace OrchardCustomers.Host.Tenancy;

/// <summary>
/// Finds the tenant of a request, strips its URL prefix into PathBase and sets the scope's <see cref="ShellContext"/>.
/// Unknown and disabled tenants get a plain 404; a tenant being set up gets 503; one not set up yet gets its setup screen;
/// a running tenant whose database file has vanished gets 503 (and an error in the log), never a new empty database.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, IShellRegistry registry, ILogger<TenantResolutionMiddleware> logger)
{
    public const string SetupPath = "/Setup";

    public async Task InvokeAsync(HttpContext context, ShellContext shellContext)
    {
        var tenants = await registry.GetAllAsync(context.RequestAborted);
        var tenant = TenantUrlMatcher.Match(tenants, context.Request.Host.Value ?? "", context.Request.Path.Value ?? "/");
        if (tenant is null || tenant.State == TenantState.Disabled)
        {
            await PlainPage.NotFoundAsync(context);
            return;
        }

        if (!string.IsNullOrEmpty(tenant.RequestUrlPrefix))
        {
            context.Request.Path.StartsWithSegments("/" + tenant.RequestUrlPrefix, StringComparison.OrdinalIgnoreCase, out var matched, out var remaining);
            context.Request.PathBase = context.Request.PathBase.Add(matched);
            context.Request.Path = remaining.HasValue ? remaining : "/";
        }

        shellContext.Settings = tenant;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Tenant"] = tenant.Name });

        switch (tenant.State)
        {
            case TenantState.Initializing:
                context.Response.Headers.RetryAfter = "10";
                await PlainPage.WriteAsync(
                    context,
                    StatusCodes.Status503ServiceUnavailable,
                    "This site is being set up",
                    "Diese Website wird gerade eingerichtet",
                    "Please try again in a few seconds.",
                    "Bitte versuchen Sie es in ein paar Sekunden noch einmal.");
                return;
            case TenantState.Uninitialized when !IsAllowedBeforeSetup(context):
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    await context.Response.WriteAsJsonAsync(
                        new { title = "This site is not set up yet.", status = 503 },
                        options: null,
                        contentType: "application/problem+json",
                        cancellationToken: context.RequestAborted);
                    return;
                }

                context.Response.Redirect(context.Request.PathBase + "/" + context.Request.QueryString);
                return;
            case TenantState.Uninitialized when context.Request.Path == "/":
                context.Request.Path = SetupPath;
                break;
            case TenantState.Running when context.RequestServices.GetRequiredService<TenantDatabase>() is { IsMissing: true } database:
                context.RequestServices.GetRequiredService<DatabaseOutageLog>().Report(tenant.Name, $"the file {database.SqliteFile} is missing.");
                await DatabaseUnavailableResponse.WriteAsync(context);
                return;
        }

        await next(context);
    }

    private static bool IsAllowedBeforeSetup(HttpContext context)
    {
        var path = context.Request.Path;
        return path == "/" || path.StartsWithSegments(SetupPath, StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase);
    }
}
