namespace OrchardCustomers.BrowserTests.Pages;

public static class Dashboard
{
    /// <summary>Whether any two dashboard tiles are drawn over each other (they were, before the tiles had a layout).</summary>
    public static Task<bool> TilesOverlapAsync(IPage page) =>
        page.GetByTestId("dashboard-tiles").EvaluateAsync<bool>(
            """
            list => {
                const boxes = [...list.querySelectorAll("a")].map(a => a.getBoundingClientRect());
                return boxes.some((a, i) => boxes.some((b, j) =>
                    i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
            }
            """);
}
