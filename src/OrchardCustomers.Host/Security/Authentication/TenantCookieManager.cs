using Microsoft.AspNetCore.Authentication.Cookies;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Security.Authentication;

/// <summary>
/// Gives each tenant its own authentication cookie name. Paths alone do not separate tenants: the Default tenant's
/// cookie (path /) would also be sent to /acme.
/// </summary>
public sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, NameFor(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, NameFor(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) => _inner.DeleteCookie(context, NameFor(context, key), options);

    public static string NameFor(HttpContext context, string key)
    {
        var shell = context.RequestServices.GetRequiredService<ShellContext>();
        return shell.HasTenant ? key + "_" + shell.Settings.Name : key;
    }
}
