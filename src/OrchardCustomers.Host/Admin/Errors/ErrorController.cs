using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Admin.Errors;

/// <summary>The page for an error status: a page for people, problem details for the API.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorController(IStringLocalizer<ErrorController> S, ShellContext shell) : Controller
{
    [Route("Error/{code:int}")]
    public IActionResult Index(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        code = code is >= 400 and < 600 ? code : 500;
        var (title, text) = code switch
        {
            400 => (S["Bad request"], S["The request could not be understood. Reload the page and try again."]),
            403 => (S["Access denied"], S["You do not have permission to open this page. Ask an administrator if you need it."]),
            404 => (S["Not found"], S["This page does not exist, or it was removed."]),
            413 => (S["Too large"], S["What you sent is larger than this site accepts. Send less at once, or a smaller file."]),
            _ => (S["Something went wrong"], S["The server could not complete the request. Please try again; if it happens again, tell your administrator."]),
        };

        if (original is not null && original.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(statusCode: code, title: title);
        }

        Response.StatusCode = code;
        return View(new ErrorViewModel(code, title, text, InAdmin(code), BackUrl(original)));
    }

    /// <summary>
    /// A refused or missing page keeps the admin around it, so that the user is not thrown out of the site. Server
    /// errors keep the plain layout: the menu needs the database, which may be what failed.
    /// </summary>
    private bool InAdmin(int code) =>
        code is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound
        && User.Identity?.IsAuthenticated == true
        && shell.HasTenant && shell.Settings.State == TenantState.Running;

    /// <summary>The previous page, if it was one of this tenant's own and not the refused one itself.</summary>
    private string? BackUrl(string? original)
    {
        if (!Uri.TryCreate(Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            || !string.Equals(referer.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(referer.Scheme, Request.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var local = referer.PathAndQuery;
        var pathBase = Request.PathBase.Value ?? "";
        if (!local.StartsWith(pathBase, StringComparison.OrdinalIgnoreCase) || !Url.IsLocalUrl(local))
        {
            return null;
        }

        return original is not null && string.Equals(referer.AbsolutePath, pathBase + original, StringComparison.OrdinalIgnoreCase) ? null : local;
    }
}
