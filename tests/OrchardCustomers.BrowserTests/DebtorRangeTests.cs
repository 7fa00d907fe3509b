using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using OrchardCustomers.Module.Customers.Numbering;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>
/// A used-up DATEV debtor range: the settings page shows it, and a new customer is still saved, with a warning that
/// says how to go on. A site of its own, because the range is the tenant's.
/// </summary>
public sealed class DebtorRangeTests(CustomersSite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<CustomersSite>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_used_up_debtor_range_is_shown_in_the_settings_and_a_new_customer_is_saved_with_a_warning()
    {
        await site.InTenantAsync(async sp =>
        {
            var settings = sp.GetRequiredService<CustomerSettingsService>();
            var current = await settings.GetAsync();
            current.DebtorRangeStart = 10000;
            current.DebtorRangeEnd = 10000;
            await settings.SaveAsync(current);
        });
        await CustomerData.CompanyAsync(site, "Einziger Debitor GmbH");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);

        await Page.GotoAsync("Admin/Customers/Settings");
        await Expect(Page.GetByTestId("debtor-numbers-used")).ToHaveTextAsync("Vergeben: 1 von 1 Debitorennummern, 0 frei");

        await CustomerForm.GotoCreateAsync(Page);
        await Page.GetByTestId("company-name").FillAsync("Ohne Debitor KG");
        await CustomerForm.FillFirstAddressAsync(Page, "Am Markt 2", "04109", "Leipzig");
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Ohne Debitor KG");
        await Expect(Page.GetByTestId("notification-warning")).ToContainTextAsync("Der DATEV-Debitorenbereich 10000–10000 ist ausgeschöpft");
        Assert.Equal(1, await CustomerData.CountAsync(site, "Ohne Debitor KG"));
    }
}
