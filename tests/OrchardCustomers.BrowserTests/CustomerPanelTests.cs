using System.Text.RegularExpressions;
using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>The side panel: open without a page load, edit, archive, restore, a refused delete, axe, and on a phone.</summary>
public sealed class CustomerPanelTests(CustomersSite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<CustomersSite>, IClassFixture<BrowserFixture>
{
    private static readonly string[] Sections = ["details", "contacts", "notes", "files", "history"];

    [Fact]
    public async Task A_click_on_a_row_opens_the_panel_without_a_page_load_and_from_there_edit_archive_and_restore_work()
    {
        var carpenter = await CustomerData.CompanyAsync(site, "Panelprobe Schreinerei GmbH", "50667", "Köln");
        var roofer = await CustomerData.CompanyAsync(site, "Panelprobe Dachdeckerei GmbH", "50668", "Köln");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page);
        await CustomerList.SearchAsync(Page, "Panelprobe");
        var panel = CustomerPanel.Panel(Page);
        await Expect(panel).ToHaveCountAsync(0);

        // A page load would forget this.
        await Page.EvaluateAsync("() => { window.panelMarker = 'still here'; }");
        await CustomerPanel.OpenAsync(Page, carpenter.DisplayName);
        await Expect(Page).ToHaveURLAsync(new Regex($"[?&]panel={carpenter.Id}(&|$)"));
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]q=Panelprobe(&|$)"));
        Assert.Equal("still here", await Page.EvaluateAsync<string?>("() => window.panelMarker"));
        await Expect(CustomerList.Row(Page, carpenter.DisplayName)).ToHaveClassAsync(new Regex("\\bselected\\b"));
        await Expect(panel.GetByTestId("panel-number")).ToHaveTextAsync(carpenter.Number);
        await Expect(panel.GetByTestId("panel-status")).ToHaveTextAsync("Aktiv");
        foreach (var section in Sections)
        {
            await Expect(panel.GetByTestId("panel-section-" + section)).ToBeVisibleAsync();
        }

        await Expect(panel.GetByTestId("history-entry")).ToHaveCountAsync(1);

        await CustomerPanel.OpenAsync(Page, roofer.DisplayName);
        await Expect(Page).ToHaveURLAsync(new Regex($"[?&]panel={roofer.Id}(&|$)"));
        await Expect(CustomerList.Row(Page, carpenter.DisplayName)).Not.ToHaveClassAsync(new Regex("\\bselected\\b"));
        Assert.Equal("still here", await Page.EvaluateAsync<string?>("() => window.panelMarker"));

        // Edit from the panel: the save comes back to the list with the panel open on the change.
        await CustomerPanel.OpenAsync(Page, carpenter.DisplayName);
        await Forms.SubmitAsync(Page, panel.GetByTestId("panel-edit"));
        await Expect(Page).ToHaveURLAsync(new Regex($"/Admin/Customers/{carpenter.Id}/Edit$"));
        await Page.GetByTestId("company-name").FillAsync("Panelprobe Schreinerei Holzwurm GmbH");
        await Page.GetByTestId("email-0").FillAsync("werkstatt@holzwurm-koeln.de");
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Panelprobe Schreinerei Holzwurm GmbH");
        await Expect(panel.GetByTestId("panel-title")).ToHaveTextAsync("Panelprobe Schreinerei Holzwurm GmbH");
        await Expect(panel.GetByTestId("panel-emails")).ToContainTextAsync("werkstatt@holzwurm-koeln.de");
        await Expect(panel.GetByTestId("history-entry")).ToHaveCountAsync(2);
        await Expect(panel.GetByTestId("history-entry").First).ToHaveAttributeAsync("data-kind", "Updated");

        // Archive: it leaves the list of active customers, which is the list's default.
        await CustomerList.GotoAsync(Page, "?q=Panelprobe");
        await CustomerPanel.OpenAsync(Page, "Panelprobe Schreinerei Holzwurm GmbH");
        await Forms.SubmitAsync(Page, panel.GetByTestId("panel-archive"));
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Panelprobe Schreinerei Holzwurm GmbH wurde archiviert");
        await Expect(panel.GetByTestId("panel-status")).ToHaveTextAsync("Archiviert");
        await Expect(Page.GetByTestId("customer-link")).ToHaveTextAsync([roofer.DisplayName]);

        await Page.GetByTestId("filter-status").SelectOptionAsync("archived");
        await Forms.SubmitAsync(Page, Page.GetByTestId("apply-filters"));
        await Expect(Page.GetByTestId("customer-link")).ToHaveTextAsync(["Panelprobe Schreinerei Holzwurm GmbH"]);

        // Restore: back among the active ones.
        await CustomerPanel.OpenAsync(Page, "Panelprobe Schreinerei Holzwurm GmbH");
        await Forms.SubmitAsync(Page, panel.GetByTestId("panel-restore"));
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Panelprobe Schreinerei Holzwurm GmbH wurde wiederhergestellt");
        await Expect(panel.GetByTestId("panel-status")).ToHaveTextAsync("Aktiv");
        await CustomerList.GotoAsync(Page, "?q=Panelprobe");
        await Expect(Page.GetByTestId("customer-link")).ToHaveTextAsync([roofer.DisplayName, "Panelprobe Schreinerei Holzwurm GmbH"]);
    }

    [Fact]
    public async Task Without_javascript_a_row_opens_its_panel_with_a_page_load_and_the_close_link_leads_back_to_the_list()
    {
        var upholsterer = await CustomerData.CompanyAsync(site, "Ohneskript Polsterei GmbH", "99084", "Erfurt");
        var page = await NewPageAsync(Desktop, javaScript: false);
        await LoginScreen.LogInAsync(page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(page, "?q=Ohneskript");

        await CustomerPanel.OpenAsync(page, upholsterer.DisplayName);
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]panel={upholsterer.Id}(&|$)"));
        await page.GetByTestId("panel-close").ClickAsync();
        await Expect(CustomerPanel.Panel(page)).ToHaveCountAsync(0);
        await Expect(page).Not.ToHaveURLAsync(new Regex("panel="));
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Customers\\?q=Ohneskript$"));
        await Expect(CustomerList.Row(page, upholsterer.DisplayName)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_delete_refused_because_of_a_note_says_so_and_suggests_archiving()
    {
        var painter = await CustomerData.CompanyAsync(site, "Löschprobe Malerbetrieb GmbH", "01067", "Dresden");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page, "?q=L%C3%B6schprobe");
        await CustomerPanel.OpenAsync(Page, painter.DisplayName);
        var panel = CustomerPanel.Panel(Page);

        await panel.GetByTestId("note-text").FillAsync("Zahlt nur per Überweisung, vorher anrufen.");
        await Forms.SubmitAsync(Page, panel.GetByTestId("note-add"));
        await Expect(panel.GetByTestId("note")).ToContainTextAsync("Zahlt nur per Überweisung, vorher anrufen.");

        await CustomerPanel.ConfirmActionAsync(Page, "panel-delete");
        var error = Page.GetByTestId("notification-error");
        await Expect(error).ToContainTextAsync("Löschprobe Malerbetrieb GmbH kann nicht gelöscht werden: Es ist eine Notiz vorhanden.");
        await Expect(error).ToContainTextAsync("Archivieren Sie den Kunden stattdessen");
        await Expect(panel.GetByTestId("panel-title")).ToHaveTextAsync(painter.DisplayName);
        Assert.Equal(painter.DisplayName, (await CustomerData.StoredAsync(site, painter.Id)).DisplayName);

        // The note was the only reason: without it the delete goes through.
        await panel.GetByTestId("note-delete").ClickAsync();
        await Expect(Page.GetByTestId("confirm-dialog")).ToBeVisibleAsync();
        await Forms.SubmitAsync(Page, Page.GetByTestId("confirm-ok"));
        await Expect(panel.GetByTestId("note")).ToHaveCountAsync(0);
        await CustomerPanel.ConfirmActionAsync(Page, "panel-delete");
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Löschprobe Malerbetrieb GmbH wurde gelöscht");
        await Expect(CustomerList.Row(Page, painter.DisplayName)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Axe_finds_no_serious_problem_on_the_list_the_open_panel_and_the_form_with_errors()
    {
        await CustomerData.CompanyAsync(site, "Prüfprobe Optik GmbH", "28195", "Bremen", vatId: "DE136695976");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        var audit = new PageAudit();

        await CustomerList.GotoAsync(Page, "?q=Pr%C3%BCfprobe");
        await CustomerList.ChooseColumnsAsync(Page, "number", "city", "category", "created");
        await audit.CheckAsync(Page, "customer list");
        await CustomerPanel.OpenAsync(Page, "Prüfprobe Optik GmbH");
        await audit.CheckAsync(Page, "customer list with the panel open");

        await CustomerForm.GotoCreateAsync(Page);
        await Page.GetByTestId("payment-method").SelectOptionAsync("SepaDirectDebit");
        await Page.GetByTestId("iban").FillAsync("DE00 1234");
        await CustomerForm.SaveAsync(Page);
        await Expect(Page.GetByTestId("error-CompanyName")).Not.ToBeEmptyAsync();
        await Expect(Page.GetByTestId("error-Iban")).Not.ToBeEmptyAsync();
        await audit.CheckAsync(Page, "customer form with errors");
        audit.AssertNoProblems();
    }

    [Fact]
    public async Task On_a_phone_the_open_panel_covers_the_list_and_its_close_button_brings_the_list_back()
    {
        var gardener = await CustomerData.CompanyAsync(site, "Handyprobe Gartenbau GmbH", "24103", "Kiel");
        var page = await NewPageAsync(Phone);
        await LoginScreen.LogInAsync(page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(page, "?q=Handyprobe");
        await CustomerPanel.OpenAsync(page, gardener.DisplayName);
        var container = page.GetByTestId("customer-panel-container");

        var box = (await container.BoundingBoxAsync())!;
        Assert.Equal(0, box.X);
        Assert.Equal(Phone.Width, box.Width);
        Assert.Equal(Phone.Height, box.Y + box.Height, 0);
        var covered = await page.EvaluateAsync<bool>(
            "() => [[20, 200], [195, 420], [370, 800]].every(([x, y]) => document.getElementById('customer-panel').contains(document.elementFromPoint(x, y)))");
        Assert.True(covered, "The open panel does not cover the list on a phone.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
        await Expect(page.GetByTestId("panel-edit")).ToBeInViewportAsync();
        var overflowing = await page.GetByTestId("panel-details").Locator("dt").EvaluateAllAsync<string[]>(
            "labels => labels.filter(l => l.scrollWidth > l.clientWidth).map(l => l.textContent.trim())");
        Assert.True(overflowing.Length == 0, "Labels run into their values: " + string.Join(", ", overflowing));
        Output.WriteLine("Screenshot: " + await Screenshots.TakeAsync(page, "customers-panel-390.png"));

        var close = page.GetByTestId("panel-close");
        await Expect(close).ToBeInViewportAsync();
        await close.ClickAsync();
        await Expect(CustomerPanel.Panel(page)).ToHaveCountAsync(0);
        await Expect(page).Not.ToHaveURLAsync(new Regex("panel="));
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q=Handyprobe(&|$)"));
        await Expect(CustomerList.Row(page, gardener.DisplayName)).ToBeInViewportAsync();

        // And it opens again.
        await CustomerPanel.OpenAsync(page, gardener.DisplayName);
        await Expect(CustomerPanel.Panel(page)).ToBeInViewportAsync();
    }
}
