using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Customers;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Users;

namespace OrchardCustomers.Tests.Dashboard;

/// <summary>
/// The dashboard is made of the widgets of enabled features that the user may see: the customers' card with its
/// figures and recent activity where the Customers feature is on, nothing of it where it is off or for a user
/// without ViewCustomers.
/// </summary>
public abstract class DashboardWidgetTests(MultiTenantSite fixture)
{
    private const string Tenant = "globex";

    [Fact]
    public async Task The_customers_widget_shows_where_the_feature_is_enabled_and_is_gone_where_it_is_disabled()
    {
        var admin = await LogInAsync(MultiTenantSite.UserName(Tenant, RoleNames.Administrator));
        var page = await admin.GetPageAsync("Admin");
        Assert.NotNull(page.QuerySelector("[data-testid='widget-customers']"));
        Assert.NotNull(page.QuerySelector("[data-testid='widget-users']"));
        Assert.Null(page.QuerySelector("[data-testid='dashboard-tiles']"));

        await SwitchCustomersAsync(enable: false);
        try
        {
            page = await admin.GetPageAsync("Admin");
            Assert.Null(page.QuerySelector("[data-testid='widget-customers']"));
            Assert.NotNull(page.QuerySelector("[data-testid='widget-users']"));

            // The other tenants keep theirs.
            var other = new WebSession(fixture.Client("acme"));
            await other.LoginOrFailAsync(MultiTenantSite.UserName("acme", RoleNames.Administrator), AutoSetup.Password);
            Assert.NotNull((await other.GetPageAsync("Admin")).QuerySelector("[data-testid='widget-customers']"));
        }
        finally
        {
            await SwitchCustomersAsync(enable: true);
        }

        Assert.NotNull((await admin.GetPageAsync("Admin")).QuerySelector("[data-testid='widget-customers']"));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_user_without_ViewCustomers_sees_the_dashboard_without_the_customers_widget()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (userName, roleName) = ("empfang-" + suffix, "Empfang " + suffix);
        await fixture.Site.InTenantAsync(Tenant, async sp =>
        {
            var roles = sp.GetRequiredService<RolePermissionStore>();
            await roles.SetAsync(await roles.EnsureRoleAsync(roleName), [HostPermissions.AccessAdminPanel.Name]);
        });
        await fixture.Site.CreateUserAsync(Tenant, userName, AutoSetup.Password, roleName);
        try
        {
            var only = await (await LogInAsync(userName)).GetPageAsync("Admin");
            Assert.Null(only.QuerySelector("[data-testid='widget-customers']"));
            Assert.Null(only.QuerySelector("[data-testid='widget-users']"));
            Assert.NotNull(only.QuerySelector("[data-testid='dashboard-empty']"));
        }
        finally
        {
            await fixture.Site.InTenantAsync(Tenant, async sp =>
            {
                var users = sp.GetRequiredService<UserManager<User>>();
                await users.DeleteAsync((await users.FindByNameAsync(userName))!);
                var roles = sp.GetRequiredService<RoleManager<Role>>();
                await roles.DeleteAsync((await roles.FindByNameAsync(roleName))!);
            });
        }

        // The Accountant may view customers but not users.
        var page = await (await LogInAsync(MultiTenantSite.UserName(Tenant, RoleNames.Accountant))).GetPageAsync("Admin");
        Assert.NotNull(page.QuerySelector("[data-testid='widget-customers']"));
        Assert.Null(page.QuerySelector("[data-testid='widget-users']"));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task The_figures_count_active_customers_and_those_added_this_month_and_the_activity_links_to_the_customer()
    {
        var admin = await LogInAsync(MultiTenantSite.UserName(Tenant, RoleNames.Administrator));
        var before = await FiguresAsync(admin);
        var expectedActive = await fixture.Site.InTenantAsync(Tenant, sp =>
            sp.GetRequiredService<CrmDbContext>().Customers.CountAsync(c => c.Status == CustomerStatus.Active));
        Assert.Equal(expectedActive, before.Active);

        var name = "Dashboardprobe " + Guid.NewGuid().ToString("N")[..8];
        var id = await CreateAsync(name);
        var after = await FiguresAsync(admin);
        Assert.Equal(before.Active + 1, after.Active);
        Assert.Equal(before.AddedThisMonth + 1, after.AddedThisMonth);

        var first = after.Page.QuerySelector("[data-testid='customers-recent-entry']")!;
        Assert.Equal(nameof(Module.Shared.History.ActivityKind.Created), first.GetAttribute("data-kind"));
        Assert.Contains(name, first.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Admin/Customers?panel={id.ToString(CultureInfo.InvariantCulture)}&status=all", new Uri(new Uri(MultiTenantSite.BaseAddress(Tenant)), first.QuerySelector("a")!.GetAttribute("href")).PathAndQuery);
        Assert.True(after.Page.QuerySelectorAll("[data-testid='customers-recent-entry']").Length <= 8);

        // Added last month: still active, no longer new this month.
        await fixture.Site.InTenantAsync(Tenant, sp => sp.GetRequiredService<CrmDbContext>().Customers.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedUtc, DateTime.UtcNow.AddDays(-40))));
        var moved = await FiguresAsync(admin);
        Assert.Equal(after.Active, moved.Active);
        Assert.Equal(before.AddedThisMonth, moved.AddedThisMonth);
        fixture.Site.Errors.AssertEmpty();
    }

    private async Task<WebSession> LogInAsync(string userName)
    {
        var session = new WebSession(fixture.Client(Tenant));
        await session.LoginOrFailAsync(userName, AutoSetup.Password);
        return session;
    }

    private static async Task<(long Active, long AddedThisMonth, IHtmlDocument Page)> FiguresAsync(WebSession session)
    {
        var page = await session.GetPageAsync("Admin");
        return (Number(page, "customers-active"), Number(page, "customers-added-this-month"), page);
    }

    /// <summary>Reads a figure as the page shows it in German (1.234).</summary>
    private static long Number(IHtmlDocument page, string testId) =>
        long.Parse(page.QuerySelector($"[data-testid='{testId}']")!.TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("de-DE"));

    private Task<long> CreateAsync(string name) => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        var result = await sp.GetRequiredService<CustomerService>().CreateAsync(new CustomerInput
        {
            Kind = CustomerKind.Company,
            CompanyName = name,
            Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = "10115", City = "Berlin" }],
        }, true, null);
        return result.Customer!.Id;
    });

    private Task SwitchCustomersAsync(bool enable) => fixture.Site.InTenantAsync(Tenant, async sp =>
    {
        await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
        var features = sp.GetRequiredService<ShellFeaturesManager>();
        _ = enable ? await features.EnableAsync([CustomersFeature.Id]) : await features.DisableAsync([CustomersFeature.Id]);
        await transaction.CommitAsync();
    });
}
