using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>The admin on a phone (390×844) and on a desktop (1280×800), on a site with some customers for the dashboard.</summary>
public sealed class ResponsiveTests(CustomersSite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<CustomersSite>, IClassFixture<BrowserFixture>
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (await CustomerData.CountAsync(site, "Bäckerei Sonnenschein") == 0)
        {
            await CustomerData.CompanyAsync(site, "Bäckerei Sonnenschein", "79098", "Freiburg im Breisgau");
            await CustomerData.CompanyAsync(site, "Schreinerei Holzwurm KG", "80331", "München");
            await CustomerData.CompanyAsync(site, "Elektro Meier & Söhne GmbH & Co. KG", "20095", "Hamburg");
        }
    }

    [Fact]
    public async Task The_dashboard_shows_the_customers_figures_and_recent_activity_on_a_phone_and_a_desktop()
    {
        foreach (var (viewport, name) in new[] { (Phone, "dashboard-390.png"), (Desktop, "dashboard-1280.png") })
        {
            var page = await NewPageAsync(viewport);
            await LoginScreen.LogInAsync(page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
            var widget = page.GetByTestId("widget-customers");
            await Expect(widget).ToBeVisibleAsync();
            await Expect(widget.GetByTestId("customers-active")).Not.ToHaveTextAsync("0");
            await Expect(widget.GetByTestId("customers-recent-entry").First).ToContainTextAsync("hat den Kunden angelegt");
            await Expect(widget.GetByTestId("widget-new-customer")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("dashboard-tiles")).ToHaveCountAsync(0);
            Assert.False(await Dashboard.WidgetsOverlapAsync(page), $"Dashboard widgets overlap at {viewport.Width} px.");
            Assert.True(await DoesNotPanSidewaysAsync(page), $"The dashboard pans sideways at {viewport.Width} px.");
            Output.WriteLine("Screenshot: " + await Screenshots.TakeAsync(page, name));
        }
    }

    [Fact]
    public async Task On_a_phone_a_long_site_name_and_user_name_are_cut_with_an_ellipsis_and_nothing_pans_sideways()
    {
        var page = await NewPageAsync(Phone);
        await LoginScreen.LogInAsync(page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        var brand = page.GetByTestId("site-name");
        await brand.EvaluateAsync("b => b.textContent = 'Steuerberatungsgesellschaft Müller-Lüdenscheidt & Partner mbB'");
        await page.GetByTestId("user-menu").Locator("summary").EvaluateAsync("s => s.lastChild.textContent = 'buchhaltung.sachbearbeitung@example.com'");

        Assert.True(await DoesNotPanSidewaysAsync(page), "The page pans sideways with a long site name.");
        Assert.Equal("ellipsis", await brand.EvaluateAsync<string>("b => getComputedStyle(b).textOverflow"));
        // Truncated, not squeezed away: the first letters of the name stay readable.
        Assert.True(await brand.EvaluateAsync<double>("b => b.getBoundingClientRect().width") >= 100, "The site name is squeezed to nothing.");
        await Expect(page.GetByTestId("menu-toggle")).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(page.GetByTestId("user-menu")).ToBeInViewportAsync(new() { Ratio = 1 });
    }

    private static Task<bool> DoesNotPanSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    [Fact]
    public async Task On_a_phone_the_menu_hides_behind_the_toggle_until_it_is_clicked()
    {
        var page = await NewPageAsync(Phone);
        await LoginScreen.LogInAsync(page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        var menu = page.GetByTestId("admin-menu");
        var toggle = page.GetByTestId("menu-toggle");

        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(menu).Not.ToBeInViewportAsync();
        await Expect(page.GetByTestId("dashboard-widgets")).ToBeInViewportAsync();
        Assert.False(await Dashboard.WidgetsOverlapAsync(page), "Dashboard widgets overlap.");
        Output.WriteLine("Screenshot: " + await Screenshots.TakeAsync(page, "admin-390.png"));

        // A closed menu must not take the keyboard focus: a keyboard user would tab through links nobody sees.
        await TabThroughAsync(page, presses: 12);
        Assert.False(await menu.EvaluateAsync<bool>("m => m.contains(document.activeElement)"), "Tab reached a link of the closed menu.");

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(menu).ToBeInViewportAsync();
        await page.GetByTestId("menu-users").ClickAsync();
        await Expect(page.GetByTestId("users-table")).ToBeVisibleAsync();
        await Expect(menu).Not.ToBeInViewportAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_menu_is_always_visible()
    {
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);

        await Expect(Page.GetByTestId("menu-toggle")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("admin-menu")).ToBeInViewportAsync();
        await Expect(Page.GetByTestId("menu-users")).ToBeVisibleAsync();
        Assert.False(await Dashboard.WidgetsOverlapAsync(Page), "Dashboard widgets overlap.");
        Output.WriteLine("Screenshot: " + await Screenshots.TakeAsync(Page, "admin-1280.png"));
    }

    private static async Task TabThroughAsync(IPage page, int presses)
    {
        for (var i = 0; i < presses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
    }
}
