using Microsoft.AspNetCore.Mvc;

namespace OrchardCustomers.Host.Security.Authentication;

/// <summary>Writes RFC 7807 problem details for answers given outside MVC (authentication, tenant checks).</summary>
public static class ApiProblem
{
    public static Task WriteAsync(HttpContext context, int status, string title, string? detail = null)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.PathBase + context.Request.Path };
        return context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", context.RequestAborted);
    }

    public static bool IsApiRequest(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
