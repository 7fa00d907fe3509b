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

    private static readonly (string Name, string Street, string Postcode, string Email, string Category)[] Bakeries =
    [
        ("Bäckerei Lindenmann GmbH", "Kaiser-Joseph-Straße 212", "79098", "bestellung@lindenmann-baeckerei.de", "Stammkunde"),
        ("Weingut Schwarzwaldblick Hofmann & Söhne KG", "Talstraße 41", "79102", "info@weingut-schwarzwaldblick.de", "Stammkunde"),
        ("Elektro Brenner Meisterbetrieb GmbH & Co. KG", "Habsburgerstraße 98", "79104", "buchhaltung@elektro-brenner-freiburg.de", "Handwerk"),
        ("Dr. med. Katharina Vogt", "Bertoldstraße 14", "79098", "praxis@dr-vogt-freiburg.de", "Praxis"),
        ("Café Münsterplatz", "Münsterplatz 3", "79098", "hallo@cafe-muensterplatz.de", "Gastronomie"),
        ("Schreinerei Albrecht", "Lörracher Straße 5", "79115", "albrecht@schreinerei-albrecht.de", "Handwerk"),
        ("Steuerkanzlei Reinhardt Partner mbB", "Rempartstraße 9", "79098", "kanzlei@reinhardt-partner.de", "Partner"),
        ("Fahrradhaus Wiehre OHG", "Günterstalstraße 30", "79100", "service@fahrradhaus-wiehre.de", "Einzelhandel"),
    ];

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

        await CustomerList.FilterAsync(Page, "filter-status", "archived");
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
        // Without script the bulk bar stays in sight, the filters open from their button, and a chip is a plain link.
        await Expect(page.GetByTestId("bulk-bar")).ToBeVisibleAsync();
        await page.GetByTestId("filter-toggle").ClickAsync();
        await Expect(page.GetByTestId("filter-kind")).ToBeVisibleAsync();
        await page.GetByTestId("filter-kind").SelectOptionAsync("company");
        await Forms.SubmitAsync(page, page.GetByTestId("filter-apply"));
        await Expect(page.GetByTestId("chip-kind")).ToContainTextAsync("Art: Firmen");
        await Forms.SubmitAsync(page, page.GetByTestId("chip-kind"));
        await Expect(page.GetByTestId("chip-kind")).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Customers\\?q=Ohneskript$"));

        await CustomerPanel.OpenAsync(page, upholsterer.DisplayName);
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]panel={upholsterer.Id}(&|$)"));
        await page.GetByTestId("panel-close").ClickAsync();
        await Expect(CustomerPanel.Panel(page)).ToHaveCountAsync(0);
        await Expect(page).Not.ToHaveURLAsync(new Regex("panel="));
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Customers\\?q=Ohneskript$"));
        await Expect(CustomerList.Row(page, upholsterer.DisplayName)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_customer_with_a_note_cannot_be_deleted_and_the_panel_says_so_before_anyone_confirms()
    {
        var painter = await CustomerData.CompanyAsync(site, "Löschprobe Malerbetrieb GmbH", "01067", "Dresden");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page, "?q=L%C3%B6schprobe");
        await CustomerPanel.OpenAsync(Page, painter.DisplayName);
        var panel = CustomerPanel.Panel(Page);
        var dialog = Page.GetByTestId("confirm-dialog");
        var reason = panel.GetByTestId("panel-delete-reason");
        await Expect(reason).ToHaveCountAsync(0);
        await Expect(panel.GetByTestId("panel-delete")).ToBeEnabledAsync();

        await panel.GetByTestId("note-text").FillAsync("Zahlt nur per Überweisung, vorher anrufen.");
        await Forms.SubmitAsync(Page, panel.GetByTestId("note-add"));
        await Expect(panel.GetByTestId("note")).ToContainTextAsync("Zahlt nur per Überweisung, vorher anrufen.");

        // Before anyone confirms: the reason, the delete button disabled, archiving offered instead.
        await Expect(reason).ToHaveTextAsync(
            "Dieser Kunde kann nicht gelöscht werden: Es ist eine Notiz vorhanden. Archivieren Sie ihn stattdessen: Er verschwindet dann aus der Liste, und sein Verlauf bleibt erhalten.");
        await Expect(panel.GetByTestId("panel-delete")).ToBeDisabledAsync();
        await Expect(panel.GetByTestId("panel-delete")).ToHaveAttributeAsync("aria-describedby", "panel-delete-reason");
        await Expect(panel.GetByTestId("panel-archive")).ToBeEnabledAsync();
        await panel.GetByTestId("panel-delete").ClickAsync(new() { Force = true });
        await Expect(dialog).ToBeHiddenAsync();
        Assert.Equal(painter.DisplayName, (await CustomerData.StoredAsync(site, painter.Id)).DisplayName);

        // The note was the only reason: without it the delete is offered, and its dialog names the action.
        await panel.GetByTestId("note-delete").ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("h2")).Not.ToHaveTextAsync("Kunde löschen");
        await Forms.SubmitAsync(Page, Page.GetByTestId("confirm-ok"));
        await Expect(panel.GetByTestId("note")).ToHaveCountAsync(0);
        await Expect(reason).ToHaveCountAsync(0);
        await panel.GetByTestId("panel-delete").ClickAsync();
        await Expect(dialog.Locator("h2")).ToHaveTextAsync("Kunde löschen");
        await Expect(dialog).ToContainTextAsync("Löschprobe Malerbetrieb GmbH endgültig löschen? Dies kann nicht rückgängig gemacht werden.");
        await Expect(Page.GetByTestId("confirm-ok")).ToHaveTextAsync("Löschen");
        await Forms.SubmitAsync(Page, Page.GetByTestId("confirm-ok"));
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Löschprobe Malerbetrieb GmbH wurde gelöscht");
        await Expect(CustomerList.Row(Page, painter.DisplayName)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Archiving_from_the_panel_asks_nothing_and_never_says_it_cannot_be_undone()
    {
        var glazier = await CustomerData.CompanyAsync(site, "Archivprobe Glaserei GmbH", "04109", "Leipzig");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        // Opened by its address (as after a page load): this test is about the archive, not about opening the panel.
        await CustomerList.GotoAsync(Page, $"?q=Archivprobe&panel={glazier.Id}");
        await Expect(CustomerPanel.Panel(Page).GetByTestId("panel-title")).ToHaveTextAsync(glazier.DisplayName);
        var archive = CustomerPanel.Panel(Page).GetByTestId("panel-archive");

        await Expect(archive).Not.ToHaveAttributeAsync("data-confirm", new Regex("."));
        await Expect(CustomerPanel.Panel(Page)).Not.ToContainTextAsync("rückgängig");
        await Forms.SubmitAsync(Page, archive);
        await Expect(Page.GetByTestId("confirm-dialog")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Archivprobe Glaserei GmbH wurde archiviert");
        await Expect(Page.GetByTestId("notification-success")).Not.ToContainTextAsync("rückgängig");
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
    public async Task At_1280_and_390_pixels_list_and_panel_fit_without_sideways_scrolling_and_axe_finds_nothing_serious()
    {
        // A bookkeeper's list, not one row: the screenshots in docs/ are taken from it.
        foreach (var (name, street, postcode, email, category) in Bakeries)
        {
            await CustomerData.BusinessAsync(site, name, street, postcode, "Freiburg im Breisgau", email, category);
        }

        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        var audit = new PageAudit();
        await CustomerList.GotoAsync(Page, "?q=Freiburg");
        await CustomerList.ChooseColumnsAsync(Page, "number", "city", "category", "created");
        var table = Page.Locator(".customers-list .table-wrap");
        Assert.False(await CustomerList.ScrollsSidewaysAsync(table), "The list scrolls sideways at 1280 px.");
        await audit.CheckAsync(Page, "customer list at 1280 px");
        Output.WriteLine("Screenshot: " + await Screenshots.TakeAsync(Page, "list-1280.png"));

        var opened = Bakeries[2].Name;
        await CustomerPanel.OpenAsync(Page, opened);
        Assert.False(await CustomerList.ScrollsSidewaysAsync(table), "With the panel open the list scrolls sideways at 1280 px.");
        Assert.False(await CustomerList.PagePansSidewaysAsync(Page), "With the panel open the page scrolls sideways at 1280 px.");
        // Readable columns: name, number and email keep a useful width, and the number stays on one line.
        var row = CustomerList.Row(Page, opened);
        await Expect(row.GetByTestId("row-number")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("row-email")).ToBeVisibleAsync();
        Assert.True((await row.Locator("td.cl-name").BoundingBoxAsync())!.Width >= 180, "The name column is too narrow beside the panel.");
        Assert.True((await row.GetByTestId("row-email").BoundingBoxAsync())!.Width >= 120, "The email column is too narrow beside the panel.");
        await ExpectOneLineAsync(row.GetByTestId("row-number"));
        await ExpectOneLineAsync(CustomerPanel.Panel(Page).GetByTestId("panel-number"));
        await audit.CheckAsync(Page, "customer panel at 1280 px");
        Output.WriteLine("Screenshot: " + await Screenshots.TakeAsync(Page, "panel-1280.png"));

        var phone = await NewPageAsync(Phone);
        await LoginScreen.LogInAsync(phone, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(phone, "?q=Freiburg&columns=number,city,category,created");
        Assert.False(await CustomerList.PagePansSidewaysAsync(phone), "The list pans sideways at 390 px.");
        // The rows are cards: name, number, city and email, nothing else, and the row menu is at hand.
        var card = CustomerList.Row(phone, opened);
        var (_, cardStreet, _, cardEmail, _) = Bakeries[2];
        await Expect(card.GetByTestId("customer-link")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("row-number")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("row-city")).ToHaveTextAsync("Freiburg im Breisgau");
        await Expect(card.GetByTestId("row-email")).ToHaveTextAsync(cardEmail);
        await Expect(card.GetByTestId("cell-category")).ToBeHiddenAsync();
        await Expect(phone.GetByTestId("sort-name")).ToBeHiddenAsync();
        await ExpectOneLineAsync(card.GetByTestId("row-number"));
        Assert.DoesNotContain(cardStreet, await card.InnerTextAsync(), StringComparison.Ordinal);
        var cardBox = (await card.BoundingBoxAsync())!;
        Assert.True(cardBox.X >= 0 && cardBox.X + cardBox.Width <= Phone.Width, "A card sticks out of the screen.");
        await Expect(phone.GetByTestId("filter-category")).ToBeHiddenAsync();
        await Expect(phone.GetByTestId("filter-toggle")).ToBeInViewportAsync();
        await audit.CheckAsync(phone, "customer list at 390 px");
        Output.WriteLine("Screenshot: " + await Screenshots.TakeAsync(phone, "list-390.png"));

        await card.GetByTestId("row-menu").ClickAsync();
        await Expect(card.GetByTestId("row-edit")).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(card.GetByTestId("row-delete")).ToBeInViewportAsync(new() { Ratio = 1 });
        await card.GetByTestId("row-menu").ClickAsync();

        await CustomerList.OpenFiltersAsync(phone);
        Assert.False(await CustomerList.PagePansSidewaysAsync(phone), "The open filters make the page pan sideways at 390 px.");
        await phone.GetByTestId("filter-toggle").ClickAsync();

        await CustomerPanel.OpenAsync(phone, opened);
        var panelBox = (await phone.GetByTestId("customer-panel-container").BoundingBoxAsync())!;
        Assert.Equal(0, panelBox.X);
        Assert.Equal(Phone.Width, panelBox.Width);
        Assert.False(await CustomerList.PagePansSidewaysAsync(phone), "The panel pans sideways at 390 px.");
        await audit.CheckAsync(phone, "customer panel at 390 px");
        Output.WriteLine("Screenshot: " + await Screenshots.TakeAsync(phone, "panel-390.png"));
        audit.AssertNoProblems();
    }

    /// <summary>
    /// Asserts that the element's text stays on one line even when its box is squeezed to almost nothing: a customer
    /// number must not break, not even at its hyphen (K-00001).
    /// </summary>
    private static async Task ExpectOneLineAsync(ILocator element) =>
        Assert.Equal(1, await element.EvaluateAsync<int>(
            """
            e => {
              const lines = () => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; };
              const old = [e.style.display, e.style.width];
              e.style.display = 'inline-block'; e.style.width = '1px';
              const n = lines();
              [e.style.display, e.style.width] = old;
              return n;
            }
            """));

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
