using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>The admin on a phone (390×844) and on a desktop (1280×800).</summary>
public sealed class ResponsiveTests(ReadySite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<ReadySite>, IClassFixture<BrowserFixture>
{
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
        await Expect(page.GetByTestId("dashboard-tiles")).ToBeInViewportAsync();
        Assert.False(await Dashboard.TilesOverlapAsync(page), "Dashboard tiles overlap.");
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
        Assert.False(await Dashboard.TilesOverlapAsync(Page), "Dashboard tiles overlap.");
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
