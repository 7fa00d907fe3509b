using Microsoft.AspNetCore.Localization;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Localization;

/// <summary>The language a visitor chose, remembered per tenant.</summary>
public static class CultureCookie
{
    private const string BaseName = ".OrchardCustomers.Culture";

    public static string Name(HttpContext context)
    {
        var shell = context.RequestServices.GetRequiredService<ShellContext>();
        return shell.HasTenant ? BaseName + "_" + shell.Settings.Name : BaseName;
    }

    public static string? Read(HttpContext context) =>
        context.Request.Cookies.TryGetValue(Name(context), out var value)
            ? CookieRequestCultureProvider.ParseCookieValue(value)?.UICultures.FirstOrDefault().Value
            : null;

    public static void Write(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            Name(context),
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
}
