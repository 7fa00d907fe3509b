using System.Security.Claims;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Host.Admin.Dashboard;

/// <summary>
/// A card on the admin dashboard. Mark the class with its feature (<see cref="Modules.FeatureAttribute"/>) and
/// register it with <c>AddDashboardWidget</c>: it shows only where the feature is enabled and only to users who hold
/// <see cref="Permission"/>.
/// </summary>
public interface IDashboardWidget
{
    /// <summary>Sorts the cards, smaller first.</summary>
    int Order { get; }

    /// <summary>Who sees the card; null: everyone who may open the admin.</summary>
    Permission? Permission { get; }

    /// <summary>The card's content, or null when it has nothing to show.</summary>
    Task<DashboardWidgetResult?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
