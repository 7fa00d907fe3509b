using System.Security.Claims;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Admin.Dashboard;

/// <summary>Collects the dashboard's cards from the widgets of enabled features that the user may see.</summary>
public sealed class DashboardWidgets(IEnumerable<IDashboardWidget> widgets, ShellFeaturesManager features, PermissionService permissions)
{
    public async Task<IReadOnlyList<DashboardWidgetResult>> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var granted = await permissions.GetGrantedAsync(user, cancellationToken);
        var results = new List<DashboardWidgetResult>();
        foreach (var widget in (await features.WhereEnabledAsync(widgets, cancellationToken)).OrderBy(w => w.Order))
        {
            if (widget.Permission is { } permission && !PermissionService.Satisfies(permission, granted))
            {
                continue;
            }

            if (await widget.BuildAsync(user, cancellationToken) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }
}
