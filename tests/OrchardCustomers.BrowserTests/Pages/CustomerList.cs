namespace OrchardCustomers.BrowserTests.Pages;

/// <summary>The customer list at /Admin/Customers: search, filters, rows in their order.</summary>
public static class CustomerList
{
    public static async Task GotoAsync(IPage page, string query = "")
    {
        await page.GotoAsync("Admin/Customers" + query);
        await Assertions.Expect(page.GetByTestId("customers-page")).ToBeVisibleAsync();
    }

    /// <summary>The row whose name link reads exactly <paramref name="displayName"/>.</summary>
    public static ILocator Row(IPage page, string displayName) =>
        page.GetByTestId("customer-row").Filter(new() { Has = page.GetByTestId("customer-link").GetByText(displayName, new() { Exact = true }) });

    /// <summary>The names of the rows, top to bottom.</summary>
    public static Task<IReadOnlyList<string>> NamesAsync(IPage page) => page.GetByTestId("customer-link").AllInnerTextsAsync();

    /// <summary>Types into the search box and shows the list for it, with the other filters as they are.</summary>
    public static async Task SearchAsync(IPage page, string text)
    {
        await page.GetByTestId("customer-search").FillAsync(text);
        await Forms.SubmitAsync(page, page.GetByTestId("apply-filters"));
    }

    /// <summary>Opens the filters behind the Filter button (if they are not open yet).</summary>
    public static async Task OpenFiltersAsync(IPage page)
    {
        if (!await page.GetByTestId("filter-more").EvaluateAsync<bool>("d => d.open"))
        {
            await page.GetByTestId("filter-toggle").ClickAsync();
        }

        await Assertions.Expect(page.GetByTestId("filter-apply")).ToBeVisibleAsync();
    }

    /// <summary>Picks a value in one of the filters behind the Filter button and shows the list for it.</summary>
    public static async Task FilterAsync(IPage page, string filterTestId, string value)
    {
        await OpenFiltersAsync(page);
        await page.GetByTestId(filterTestId).SelectOptionAsync(value);
        await Forms.SubmitAsync(page, page.GetByTestId("filter-apply"));
    }

    /// <summary>True when the element scrolls sideways (its content is wider than itself).</summary>
    public static Task<bool> ScrollsSidewaysAsync(ILocator element) =>
        element.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth");

    /// <summary>True when the whole page can be panned sideways.</summary>
    public static Task<bool> PagePansSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    /// <summary>Shows the chosen optional columns besides name and email, and only those.</summary>
    public static async Task ChooseColumnsAsync(IPage page, params string[] columns)
    {
        var chooser = page.GetByTestId("column-chooser");
        await chooser.Locator("summary").ClickAsync();
        foreach (var column in new[] { "number", "city", "category", "created" })
        {
            await chooser.GetByTestId("column-" + column).SetCheckedAsync(columns.Contains(column));
        }

        await Forms.SubmitAsync(page, chooser.GetByTestId("apply-columns"));
    }
}
