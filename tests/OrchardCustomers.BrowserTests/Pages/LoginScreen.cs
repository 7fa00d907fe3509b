namespace OrchardCustomers.BrowserTests.Pages;

public static class LoginScreen
{
    public static async Task SubmitAsync(IPage page, string userName, string password)
    {
        await page.GetByTestId("login-username").FillAsync(userName);
        await page.GetByTestId("login-password").FillAsync(password);
        await Forms.SubmitAsync(page, page.GetByTestId("login-submit"));
    }

    /// <summary>Opens the login page, logs in and waits for the admin.</summary>
    public static async Task LogInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("Login");
        await SubmitAsync(page, userName, password);
        await Assertions.Expect(page.GetByTestId("admin-menu")).ToBeAttachedAsync();
    }
}
