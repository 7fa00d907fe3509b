using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OrchardCustomers.Host.Admin.Notify;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Modules.Admin;

[Route("Admin/Features")]
[RequirePermission("ManageFeatures")]
public sealed class FeaturesController(
    FeatureCatalog catalog,
    ShellFeaturesManager features,
    TenantDatabase database,
    Notifier notifier,
    IStringLocalizer<FeaturesController> S) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledAsync(cancellationToken);
        var rows = catalog.Features
            .Where(f => !f.IsAlwaysEnabled)
            .OrderBy(f => f.Category, StringComparer.CurrentCulture).ThenBy(f => f.Name, StringComparer.CurrentCulture)
            .Select(f => new FeatureRow(f, enabled.Contains(f.Id), [.. f.Dependencies.Select(d => catalog.Find(d)?.Name ?? d)]))
            .ToList();
        return View(rows);
    }

    [HttpPost("{id}/Enable")]
    public async Task<IActionResult> Enable(string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { IsAlwaysEnabled: false } feature)
        {
            return NotFound();
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var changed = await features.EnableAsync([id], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Success(changed.Count > 1
            ? S["{0} was enabled, with what it needs: {1}.", S[feature.Name], string.Join(", ", changed.Where(f => f.Id != id).Select(f => S[f.Name].Value))]
            : S["{0} was enabled.", S[feature.Name]]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/Disable")]
    public async Task<IActionResult> Disable(string id, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { IsAlwaysEnabled: false } feature)
        {
            return NotFound();
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var changed = await features.DisableAsync([id], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        notifier.Success(changed.Count > 1
            ? S["{0} was disabled, with what depends on it: {1}.", S[feature.Name], string.Join(", ", changed.Where(f => f.Id != id).Select(f => S[f.Name].Value))]
            : S["{0} was disabled.", S[feature.Name]]);
        return RedirectToAction(nameof(Index));
    }
}
