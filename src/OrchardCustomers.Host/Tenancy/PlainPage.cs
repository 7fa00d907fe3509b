using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace OrchardCustomers.Host.Tenancy;

/// <summary>
/// A bare page for answers given before a tenant (and so a culture, a theme or a database) is known.
/// It says everything in English and German.
/// </summary>
public static class PlainPage
{
    private const string Style = "body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1d2733}h1{font-size:1.5rem}";

    /// <summary>Nothing but its own inline style, named by its hash: the page needs no file of a theme it cannot know.</summary>
    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static Task WriteAsync(HttpContext context, int statusCode, string englishTitle, string germanTitle, string englishText, string germanText)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{Encode(englishTitle)}}</title>
            <style>{{Style}}</style></head>
            <body>
            <main>
            <h1>{{Encode(englishTitle)}}</h1><p>{{Encode(englishText)}}</p>
            <h1 lang="de">{{Encode(germanTitle)}}</h1><p lang="de">{{Encode(germanText)}}</p>
            </main>
            </body>
            </html>
            """;
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    public static Task NotFoundAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status404NotFound,
        "Not found",
        "Nicht gefunden",
        "There is no site at this address.",
        "Unter dieser Adresse gibt es keine Website.");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
