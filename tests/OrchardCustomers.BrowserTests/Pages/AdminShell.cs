namespace OrchardCustomers.BrowserTests.Pages;

/// <summary>What the admin layout offers on every page: the menu, the user menu, the language switch.</summary>
public static class AdminShell
{
    /// <summary>The <c>menu-*</c> test ids of the admin menu.</summary>
    public static async Task<IReadOnlyList<string>> MenuItemIdsAsync(IPage page) =>
        await page.GetByTestId("admin-menu").Locator("[data-testid^='menu-']")
            .EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.testid)");

    public static async Task LogOutAsync(IPage page)
    {
        await page.GetByTestId("user-menu").Locator("summary").ClickAsync();
        await page.GetByTestId("logout").ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-username")).ToBeVisibleAsync();
    }
}
