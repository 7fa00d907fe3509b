using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OrchardCustomers.Host.Admin.Notify;

/// <summary>Hands flash messages across a redirect, and to the page that shows them.</summary>
public sealed class NotifyFilter(Notifier notifier) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        switch (context.Result)
        {
            case RedirectResult or RedirectToActionResult or RedirectToRouteResult or LocalRedirectResult or RedirectToPageResult:
                notifier.Persist(context.HttpContext);
                break;
            case ViewResult:
                notifier.Restore(context.HttpContext);
                break;
        }

        await next();
    }
}
