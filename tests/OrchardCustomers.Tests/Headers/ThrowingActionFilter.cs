using Microsoft.AspNetCore.Mvc.Filters;

namespace OrchardCustomers.Tests.Headers;

/// <summary>Makes any action throw when the query asks for it: a server error on demand, outside the error page itself.</summary>
public sealed class ThrowingActionFilter : IActionFilter
{
    public const string Message = "Boom for the test";

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.HttpContext.Request.Query.ContainsKey("boom") && !context.HttpContext.Request.Path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(Message);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
