using OrchardCustomers.Host.Security.Authentication;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Health;

/// <summary>The 503 a running tenant answers while its database is missing: for monitors, the API and people alike.</summary>
public static class DatabaseUnavailableResponse
{
    public static Task WriteAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return context.Response.WriteAsJsonAsync(new { status = "Unhealthy" }, context.RequestAborted);
        }

        if (ApiProblem.IsApiRequest(context.Request))
        {
            return ApiProblem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "This site's database is not available.", "An administrator has been notified through the log.");
        }

        return PlainPage.WriteAsync(
            context,
            StatusCodes.Status503ServiceUnavailable,
            "This site is not available",
            "Diese Website ist nicht verfügbar",
            "Its database cannot be found. An administrator has to restore it.",
            "Ihre Datenbank wurde nicht gefunden. Ein Administrator muss sie wiederherstellen.");
    }
}
