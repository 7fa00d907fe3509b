using System.Data.Common;
using Microsoft.AspNetCore.Localization;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Localization;

/// <summary>
/// The UI culture of a request: the visitor's own choice, else the tenant's default culture. Before setup, when the
/// tenant has no default yet, the browser's Accept-Language decides.
/// </summary>
public sealed class TenantRequestCultureProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _acceptLanguage = new();

    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (CultureCookie.Read(httpContext) is { } chosen && SupportedCultures.IsSupported(chosen))
        {
            return new ProviderCultureResult(chosen);
        }

        var shell = httpContext.RequestServices.GetRequiredService<ShellContext>();
        // Health probes must not depend on the database they are probing.
        if (shell.HasTenant && shell.Settings.State == TenantState.Running && !httpContext.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var site = await httpContext.RequestServices.GetRequiredService<SiteService>().GetAsync(httpContext.RequestAborted);
                return new ProviderCultureResult(site.DefaultCulture);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                // The page that follows will fail on the database too and say so; it need not fail here first.
                return null;
            }
        }

        _acceptLanguage.Options = Options;
        return await _acceptLanguage.DetermineProviderCultureResult(httpContext);
    }
}
