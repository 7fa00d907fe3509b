using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;

namespace OrchardCustomers.BrowserTests.Pages;

/// <summary>
/// Checks each page it is shown with axe (serious and critical violations) and for POST forms without an
/// antiforgery token, and reports every page's problems together at the end rather than only the first.
/// </summary>
public sealed class PageAudit
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    private readonly StringBuilder _problems = new();

    public async Task CheckAsync(IPage page, string pageName)
    {
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)))
        {
            _problems.AppendLine(CultureInfo.InvariantCulture, $"{pageName} ({page.Url}): [{violation.Impact}] {violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                _problems.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target}: {node.Html}");
                _problems.AppendLine(CultureInfo.InvariantCulture, $"      {string.Join(" / ", checks)}");
            }
        }

        // The server validates the token on every POST: a form without one can only ever answer 400.
        var tokenless = await page.EvaluateAsync<string[]>(
            "() => [...document.forms].filter(f => f.method === 'post' && !f.querySelector('[name=__RequestVerificationToken]')).map(f => f.getAttribute('action'))");
        foreach (var action in tokenless)
        {
            _problems.AppendLine(CultureInfo.InvariantCulture, $"{pageName} ({page.Url}): the POST form to {action} has no antiforgery token");
        }
    }

    public void AssertNoProblems() =>
        Assert.True(_problems.Length == 0, "Problems found on the pages:" + Environment.NewLine + _problems);
}
