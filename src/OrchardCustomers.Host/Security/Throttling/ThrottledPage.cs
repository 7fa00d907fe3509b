using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace OrchardCustomers.Host.Security.Throttling;

/// <summary>
/// Renders the "too many attempts" page from the rate limiter's rejection, which runs before any action: a page of
/// its own, so that the status-code page does not replace it with a generic error.
/// </summary>
internal static class ThrottledPage
{
    public const string ViewPath = "/Security/Throttling/Views/Throttled.cshtml";

    public static Task WriteAsync(HttpContext http, int seconds)
    {
        var action = http.GetEndpoint()?.Metadata.GetMetadata<ActionDescriptor>() ?? new ActionDescriptor();
        var metadata = http.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var result = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status429TooManyRequests,
            ViewData = new ViewDataDictionary<ThrottledViewModel>(metadata, new ModelStateDictionary())
            {
                Model = new ThrottledViewModel(Math.Max(1, (seconds + 59) / 60)),
            },
        };
        return result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), action));
    }
}
