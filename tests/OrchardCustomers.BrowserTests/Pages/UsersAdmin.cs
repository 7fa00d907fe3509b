namespace OrchardCustomers.BrowserTests.Pages;

public static class UsersAdmin
{
    public static ILocator Row(IPage page, string userName) =>
        page.GetByTestId("user-row").And(page.Locator($"[data-username='{userName}']"));

    /// <summary>Creates a user through the form, as an administrator does, and waits for the list to show it.</summary>
    public static async Task CreateAsync(IPage page, string userName, string role, string password)
    {
        await page.GotoAsync("Admin/Users");
        await page.GetByTestId("create-user").ClickAsync();
        await FillAndSaveAsync(page, userName, role, password);
    }

    /// <summary>Fills the open user form with an enabled user in one role, saves it and waits for the list.</summary>
    public static async Task FillAndSaveAsync(IPage page, string userName, string role, string password)
    {
        await page.GetByTestId("user-name").FillAsync(userName);
        await page.GetByTestId("user-email").FillAsync($"{userName}@example.com");
        await page.GetByTestId("user-password").FillAsync(password);
        await page.GetByTestId("user-password-confirmation").FillAsync(password);
        await page.GetByTestId($"role-{role}").CheckAsync();
        await Assertions.Expect(page.GetByTestId("user-enabled")).ToBeCheckedAsync();
        await page.GetByTestId("user-save").ClickAsync();
        // The list names the role in the reader's words ("Teamleitung"); the row carries the stored names.
        await Assertions.Expect(Row(page, userName)).ToHaveAttributeAsync("data-roles", new System.Text.RegularExpressions.Regex($"(^| ){role}( |$)"));
    }
}
