using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace OrchardCustomers.Host.Limits;

/// <summary>
/// Caps every request body (smaller for JSON) and answers a body that breaks a limit with 413 instead of a 500: at
/// once when Content-Length says so, and when Kestrel stops reading a longer body (BadHttpRequestException, wherever
/// it surfaces). Any other BadHttpRequestException gets its own status code too. The API gets problem details; a
/// page gets the status code, which the error pages then show. Runs after routing, so that an endpoint's own limit
/// (an upload's) is the one applied.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options, ILogger<RequestLimitsMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            if (context.Items.ContainsKey(RefusedKey))
            {
                // The error page for a refused body carries the same request: it must neither be refused again nor
                // read the body (model binding reads a form).
                context.Request.Body = Stream.Null;
                context.Request.ContentLength = 0;
                context.Request.ContentType = null;
            }

            await next(context);
            return;
        }

        var limit = LimitFor(context, options.Value);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (limit is not null && context.Request.ContentLength > limit)
        {
            logger.LogWarning("Refused a body of {Length} bytes (limit {Limit}) for {Method} {Path}", context.Request.ContentLength, limit, context.Request.Method, context.Request.Path);
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, limit);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (Find(ex) is { } bad && !context.Response.HasStarted)
        {
            logger.LogWarning("Refused {Method} {Path} with {StatusCode}: {Reason}", context.Request.Method, context.Request.Path, bad.StatusCode, bad.Message);
            context.Response.Clear();
            await RefuseAsync(context, bad.StatusCode, limit);
        }
    }

    private static readonly object RefusedKey = new();

    /// <summary>
    /// The endpoint's own limit ([RequestSizeLimit], e.g. an upload's; null for [DisableRequestSizeLimit]) where it
    /// sets one, else the JSON or the general limit.
    /// </summary>
    internal static long? LimitFor(HttpContext context, RequestLimitsOptions options) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } endpoint
            ? endpoint.MaxRequestBodySize
            : context.Request.HasJsonContentType() ? Math.Min(options.MaxJsonBodySize, options.MaxRequestBodySize) : options.MaxRequestBodySize;

    /// <summary>The exception itself or the first inner one that is a bad request (MVC and antiforgery wrap it).</summary>
    private static BadHttpRequestException? Find(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is BadHttpRequestException bad)
            {
                return bad;
            }
        }

        return null;
    }

    private static async Task RefuseAsync(HttpContext context, int statusCode, long? limit)
    {
        context.Response.StatusCode = statusCode;
        context.Items[RefusedKey] = true;
        // The rest of an over-size body is not read: the connection cannot be reused.
        context.Response.Headers.Connection = "close";
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // The status code pages show the error page for people.
            return;
        }

        var problem = new ProblemDetails
        {
            Status = statusCode,
            Title = statusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.",
            Detail = statusCode == StatusCodes.Status413PayloadTooLarge ? $"A body of this kind may have at most {limit} bytes." : null,
            Instance = context.Request.PathBase + context.Request.Path,
        };
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
