using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>
/// The admin's own scripts and styles live with the site's Content-Security-Policy: the customer list, its row menu,
/// the side panel and the form work, and Chromium reports no violation.
/// </summary>
public sealed class ContentSecurityPolicyTests(CustomersSite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<CustomersSite>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_list_the_panel_and_the_form_run_under_the_policy_without_a_violation()
    {
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Refused to", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add($"console: {message.Text}");
            }
        };
        await Page.ExposeFunctionAsync("reportCspViolation", (string text) => violations.Add($"event: {text}"));
        await Page.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", e =>
              window.reportCspViolation(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));
            """);
        var customer = await CustomerData.CompanyAsync(site, "Richtlinienprobe Tischlerei GmbH", "20095", "Hamburg");

        var login = await Page.GotoAsync("Login");
        Assert.Contains("script-src 'self'", (await login!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        await LoginScreen.SubmitAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await Expect(Page.GetByTestId("admin-menu")).ToBeAttachedAsync();

        // The list with its script: the row menu is placed by script (CSSOM, which the policy allows).
        await CustomerList.GotoAsync(Page, "?q=Richtlinienprobe");
        var row = CustomerList.Row(Page, customer.DisplayName);
        await row.GetByTestId("row-menu").ClickAsync();
        await Expect(row.GetByTestId("row-archive")).ToBeVisibleAsync();
        await row.GetByTestId("row-menu").ClickAsync();

        // The panel is fetched and inserted by script.
        await CustomerPanel.OpenAsync(Page, customer.DisplayName);
        await Expect(CustomerPanel.Panel(Page).GetByTestId("panel-section-details")).ToBeVisibleAsync();

        // The form, with the script that switches company and person and adds rows from a template.
        await Forms.SubmitAsync(Page, CustomerPanel.Panel(Page).GetByTestId("panel-edit"));
        await Expect(Page.GetByTestId("customer-form")).ToBeVisibleAsync();
        await CustomerForm.GotoCreateAsync(Page);
        await Page.GetByTestId("kind-person").CheckAsync();
        await Expect(Page.GetByTestId("company-name")).ToBeHiddenAsync();
        await Page.GetByTestId("kind-company").CheckAsync();
        await Page.GetByTestId("company-name").FillAsync("Richtlinienprobe Zwei GmbH");
        await CustomerForm.FillFirstAddressAsync(Page, "Deichstraße 9", "20459", "Hamburg");
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Richtlinienprobe Zwei GmbH");

        Assert.True(violations.Count == 0, "Content-Security-Policy violations:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }
}
