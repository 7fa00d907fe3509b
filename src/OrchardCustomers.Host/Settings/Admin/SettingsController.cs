using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Settings.Admin;

[Route("Admin/Settings")]
[RequirePermission("ManageSettings")]
public sealed class SettingsController(SiteService site, Notifier notifier, IStringLocalizer<SettingsController> S) : Controller
{
    /// <summary>The zones a German-speaking small business is likely to need first, then the rest.</summary>
    private static readonly string[] PreferredZones = ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/Luxembourg", "UTC"];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await site.GetAsync(cancellationToken);
        return View(WithZones(new SiteSettingsViewModel
        {
            SiteName = settings.SiteName,
            DefaultCulture = settings.DefaultCulture,
            TimeZoneId = settings.TimeZoneId,
            PageSize = settings.PageSize,
        }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SiteSettingsViewModel model, CancellationToken cancellationToken)
    {
        if (!SupportedCultures.IsSupported(model.DefaultCulture))
        {
            ModelState.AddModelError(nameof(model.DefaultCulture), S["Choose one of the offered languages."]);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(model.TimeZoneId ?? "", out _))
        {
            ModelState.AddModelError(nameof(model.TimeZoneId), S["Unknown time zone."]);
        }

        if (!ModelState.IsValid)
        {
            return View(WithZones(model));
        }

        var settings = await site.GetAsync(cancellationToken);
        var culture = SupportedCultures.Normalize(model.DefaultCulture);
        // Saved as it stands, nothing is written: not even the settings' time stamp moves.
        if (settings.SiteName != model.SiteName.Trim() || settings.DefaultCulture != culture || settings.TimeZoneId != model.TimeZoneId || settings.PageSize != model.PageSize)
        {
            settings.SiteName = model.SiteName.Trim();
            settings.DefaultCulture = culture;
            settings.TimeZoneId = model.TimeZoneId!;
            settings.PageSize = model.PageSize;
            await site.SaveAsync(settings, cancellationToken);
        }
        notifier.Success(S["The settings were saved."]);
        return RedirectToAction(nameof(Index));
    }

    private static SiteSettingsViewModel WithZones(SiteSettingsViewModel model)
    {
        var all = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC");
        model.TimeZones = [.. PreferredZones.Concat(all.Except(PreferredZones).Order(StringComparer.Ordinal))];
        return model;
    }
}
