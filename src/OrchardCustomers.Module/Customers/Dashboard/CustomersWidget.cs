using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Admin.Dashboard;
using OrchardCustomers.Host.Modules;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Permissions;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Customers.Dashboard;

/// <summary>The customers' card on the dashboard: how many, how many new this month, what happened last, and the way in.</summary>
[Feature(CustomersFeature.Id)]
public sealed class CustomersWidget(CrmDbContext db, SiteService site, PermissionService permissions, TimeProvider clock) : IDashboardWidget
{
    public const string ViewName = "~/Customers/Dashboard/Views/CustomersWidget.cshtml";

    /// <summary>Enough to see what colleagues did today without turning the dashboard into the history.</summary>
    public const int RecentCount = 8;

    public int Order => 100;

    public Permission? Permission => CustomerPermissions.ViewCustomers;

    public async Task<DashboardWidgetResult?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // The trigger-kept counts: no scan of the customers table however large the tenant is.
        var active = await db.CustomerStatusCounts.AsNoTracking()
            .Where(c => c.Status == CustomerStatus.Active).Select(c => c.Count).FirstOrDefaultAsync(cancellationToken);
        var monthStartUtc = MonthStartUtc((await site.GetAsync(cancellationToken)).TimeZone);
        var addedThisMonth = await db.Customers.AsNoTracking()
            .Where(c => (c.Status == CustomerStatus.Active || c.Status == CustomerStatus.Archived) && c.CreatedUtc >= monthStartUtc)
            .CountAsync(cancellationToken);

        // Ids grow with time, and the primary key orders them without an index of their own.
        var activities = await db.Activities.AsNoTracking().Where(a => a.ContentType == CustomersFeature.ContentType)
            .OrderByDescending(a => a.Id).Take(RecentCount).ToListAsync(cancellationToken);
        var ids = activities.Select(a => a.ContentItemId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.DisplayName, c.Number }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var recent = activities.Select(a => names.TryGetValue(a.ContentItemId, out var c)
            ? new RecentCustomerActivity(a, c.DisplayName, c.Number, Exists: true)
            : new RecentCustomerActivity(a, null, null, Exists: false)).ToList();

        var mayEdit = await permissions.IsGrantedAsync(user, CustomerPermissions.EditCustomers, cancellationToken);
        return new DashboardWidgetResult("customers", ViewName, new CustomersWidgetModel(active, addedThisMonth, recent, mayEdit), Wide: true);
    }

    private DateTime MonthStartUtc(TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone);
        var start = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(start, zone);
    }
}
