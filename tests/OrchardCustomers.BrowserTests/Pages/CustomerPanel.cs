namespace OrchardCustomers.BrowserTests.Pages;

/// <summary>The side panel beside the customer list.</summary>
public static class CustomerPanel
{
    public static ILocator Panel(IPage page) => page.GetByTestId("customer-panel");

    /// <summary>Clicks the customer's name in the list and waits until the panel shows that customer.</summary>
    public static async Task OpenAsync(IPage page, string displayName)
    {
        await CustomerList.Row(page, displayName).GetByTestId("customer-link").ClickAsync();
        await Assertions.Expect(Panel(page).GetByTestId("panel-title")).ToHaveTextAsync(displayName);
    }

    /// <summary>Clicks a panel action that asks first (archive, delete…) and confirms it in the dialog.</summary>
    public static async Task ConfirmActionAsync(IPage page, string actionTestId)
    {
        await Panel(page).GetByTestId(actionTestId).ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToBeVisibleAsync();
        await Forms.SubmitAsync(page, page.GetByTestId("confirm-ok"));
    }
}
