using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Security.Authentication;

namespace OrchardCustomers.Host.Api;

/// <summary>
/// A state-changing API request that a browser's cookie authenticates must come from this site: a same-origin
/// <c>Origin</c> or <c>Sec-Fetch-Site</c>, and a valid antiforgery token in the <c>RequestVerificationToken</c> header.
/// Otherwise another site's page could make the browser act as the logged-in user. Bearer-token requests carry no
/// ambient credential and are not affected.
/// </summary>
public sealed class ApiCsrfGuardMiddleware(RequestDelegate next, IAntiforgery antiforgery, ILogger<ApiCsrfGuardMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!ApiProblem.IsApiRequest(request) || !ChangesState(request.Method) || IsBearer(request) || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        var S = context.RequestServices.GetRequiredService<IStringLocalizer<ApiCsrfGuardMiddleware>>();
        if (!IsSameOrigin(request))
        {
            logger.LogWarning(
                "Refused a cookie-authenticated {Method} {Path} from origin {Origin} (Sec-Fetch-Site {FetchSite})",
                request.Method, request.Path.Value, request.Headers.Origin.ToString(), request.Headers["Sec-Fetch-Site"].ToString());
            await ApiProblem.WriteAsync(context, StatusCodes.Status403Forbidden, S["Cross-site request refused."],
                S["A request authenticated by the login cookie must come from this site. Scripts use an API token instead."]);
            return;
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            logger.LogWarning("Refused a cookie-authenticated {Method} {Path} without a valid antiforgery token", request.Method, request.Path.Value);
            await ApiProblem.WriteAsync(context, StatusCodes.Status403Forbidden, S["Antiforgery token missing or invalid."],
                S["Send the page's antiforgery token in the RequestVerificationToken header, or use an API token."]);
            return;
        }

        await next(context);
    }

    private static bool ChangesState(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Browsers send Origin (and Sec-Fetch-Site) with every such request; a request with neither proves nothing.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && !string.Equals(fetchSite, "same-origin", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
        }

        return fetchSite.Length > 0;
    }
}
