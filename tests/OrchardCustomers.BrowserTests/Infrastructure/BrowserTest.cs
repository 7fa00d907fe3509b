using Xunit.Abstractions;

namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>
/// A fresh browser context per test on the class's site and browser. After each test it fails the test when the
/// server logged an error, or a page script threw, during (or before) it.
/// </summary>
public abstract class BrowserTest(SiteFixture site, BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _scriptErrors = [];

    protected ITestOutputHelper Output => output;

    /// <summary>The page of the test, at desktop size.</summary>
    protected IPage Page { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Page = await NewPageAsync(Desktop);

    /// <summary>
    /// A page in a context of its own: its own cookies, as another person's browser would be. Without
    /// <paramref name="javaScript"/> its pages run no script, to check what works without one.
    /// </summary>
    protected async Task<IPage> NewPageAsync(ViewportSize viewport, bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = viewport,
            JavaScriptEnabled = javaScript,
            // The market is German: the browser asks for German, as our users' browsers do.
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
        });
        context.SetDefaultTimeout(10_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                output.WriteLine($"HTTP {response.Status} for {response.Url}");
            }
        };
        page.PageError += (_, error) => _scriptErrors.Add($"{page.Url}: {error}");
        return page;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        var problems = _scriptErrors.Select(e => "Script error in the page: " + e)
            .Concat(site.Errors.Drain().Select(e => "Server log: " + e))
            .ToList();
        problems.ForEach(output.WriteLine);
        Assert.True(problems.Count == 0, $"The page or the server reported {problems.Count} error(s) during this test:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
