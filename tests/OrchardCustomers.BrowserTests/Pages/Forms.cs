namespace OrchardCustomers.BrowserTests.Pages;

public static class Forms
{
    /// <summary>
    /// Clicks a submit button and waits until the answer has replaced the page. Without this, a check that expects
    /// the same text as before (the same login error again) could pass on the old page, and the next step would type
    /// into a page that is about to go away.
    /// </summary>
    public static async Task SubmitAsync(IPage page, ILocator submit)
    {
        await page.EvaluateAsync("() => { window.submittedFromHere = true; }");
        await submit.ClickAsync();
        await page.WaitForFunctionAsync("() => !window.submittedFromHere && document.readyState !== 'loading'");
    }
}
