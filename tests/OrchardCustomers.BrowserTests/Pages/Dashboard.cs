namespace OrchardCustomers.BrowserTests.Pages;

public static class Dashboard
{
    /// <summary>Whether any two dashboard widgets are drawn over each other (tiles were, before they had a layout).</summary>
    public static Task<bool> WidgetsOverlapAsync(IPage page) =>
        page.GetByTestId("dashboard-widgets").EvaluateAsync<bool>(
            """
            list => {
                const boxes = [...list.children].map(w => w.getBoundingClientRect());
                return boxes.some((a, i) => boxes.some((b, j) =>
                    i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
            }
            """);
}
