namespace OrchardCustomers.Host.Data.Diagnostics;

/// <summary>
/// Gives each request a <see cref="QueryCountFeature"/> and reports its count in <see cref="QueryCounting.HeaderName"/>
/// when the response starts. Views are rendered into a buffer first, so a page's menus and view components are counted.
/// </summary>
public sealed class QueryCountMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var feature = new QueryCountFeature();
        context.Features.Set(feature);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[QueryCounting.HeaderName] = feature.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
