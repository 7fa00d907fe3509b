using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OrchardCustomers.Host.Security.Headers;

/// <summary>
/// Adds the security headers just before a response starts, whoever wrote it (MVC, static files, plain pages, errors):
/// nosniff and a referrer policy everywhere; on HTML pages also the frame ban and the Content-Security-Policy. A
/// response that set its own policy (a plain page with its inline style's hash) keeps it. Redirects to this very host
/// lose the host: the browser resolves them against the address it asked for, never against a forged Host header.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context, options.Value);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void Apply(HttpContext context, SecurityHeadersOptions options)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (string.IsNullOrEmpty(headers["Referrer-Policy"]))
        {
            headers["Referrer-Policy"] = options.ReferrerPolicy;
        }

        if (IsHtml(context.Response.ContentType))
        {
            if (string.IsNullOrEmpty(headers.XFrameOptions))
            {
                headers.XFrameOptions = options.FrameOptions;
            }

            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = options.ContentSecurityPolicy;
            }
        }

        if (RelativeRedirect.ToSameHost(context.Request, headers.Location.ToString()) is { } relative)
        {
            headers.Location = relative;
        }
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase);
}
