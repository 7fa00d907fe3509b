using System.Text.RegularExpressions;
using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>The customer list: search with umlauts, sort, the date filter, bulk archive, and the c n shortcut.</summary>
public sealed class CustomerListTests(CustomersSite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<CustomersSite>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_search_finds_mueller_by_muell_and_by_mueller_and_not_its_neighbours()
    {
        await CustomerData.CompanyAsync(site, "Müller Feinmechanik GmbH", "70173", "Stuttgart");
        await CustomerData.CompanyAsync(site, "Miller Logistik GmbH", "70174", "Stuttgart");
        await CustomerData.CompanyAsync(site, "Mühlenbäckerei Kraus", "70176", "Stuttgart");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page);
        var names = Page.GetByTestId("customer-link");

        foreach (var search in new[] { "müll", "mueller", "MÜLLER feinmech" })
        {
            await CustomerList.SearchAsync(Page, search);
            await Expect(Page.GetByTestId("customer-search")).ToHaveValueAsync(search);
            await Expect(names).ToHaveTextAsync(["Müller Feinmechanik GmbH"]);
        }

        await CustomerList.SearchAsync(Page, "Stuttgart");
        await Expect(names).ToHaveTextAsync(["Miller Logistik GmbH", "Mühlenbäckerei Kraus", "Müller Feinmechanik GmbH"]);
    }

    [Fact]
    public async Task The_search_finds_a_customer_by_street_contact_person_and_phone_number_in_any_format()
    {
        await CustomerData.CreateAsync(site, new CustomerInput
        {
            CompanyName = "Suchprobe Holzbau GmbH",
            Addresses = [new AddressInput { Street = "Schauinslandstraße 4", PostalCode = "79100", City = "Freiburg im Breisgau" }],
            Phones = [new PhoneInput { Type = PhoneType.Office, Number = "0761 4589121" }],
            Contacts = [new ContactInput { FirstName = "Birte", LastName = "Oberholzer" }],
        });
        await CustomerData.CreateAsync(site, new CustomerInput
        {
            CompanyName = "Suchprobe Metallbau KG",
            Addresses = [new AddressInput { Street = "Kaiser-Joseph-Straße 200", PostalCode = "79098", City = "Freiburg im Breisgau" }],
            Phones = [new PhoneInput { Type = PhoneType.Office, Number = "0761 7777777" }],
            Contacts = [new ContactInput { FirstName = "Jonas", LastName = "Feldberger" }],
        });
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page);
        var names = Page.GetByTestId("customer-link");

        // "strasse" is how a bookkeeper types "Straße" on a keyboard without ß; the phone in whatever grouping she has.
        foreach (var search in new[] { "Schauinslandstrasse", "schauinslandstraße 4", "Oberholzer", "birte", "0761 4589121", "+49 761 458 91 21", "(0761) 4589121", "4589121" })
        {
            await CustomerList.SearchAsync(Page, search);
            await Expect(names).ToHaveTextAsync(["Suchprobe Holzbau GmbH"]);
        }

        await CustomerList.SearchAsync(Page, "Kaiser-Joseph-Strasse");
        await Expect(names).ToHaveTextAsync(["Suchprobe Metallbau KG"]);
    }

    [Fact]
    public async Task The_list_sorts_by_name_both_ways_and_by_number_once_the_column_is_chosen()
    {
        // Made in this order, so that the numbers run in another order than the names.
        var beta = await CustomerData.CompanyAsync(site, "Sortierprobe Beta GmbH");
        var gamma = await CustomerData.CompanyAsync(site, "Sortierprobe Gamma GmbH");
        var alpha = await CustomerData.CompanyAsync(site, "Sortierprobe Alpha GmbH");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page);
        await CustomerList.SearchAsync(Page, "Sortierprobe");
        var names = Page.GetByTestId("customer-link");
        var nameHeader = Page.Locator("th").Filter(new() { Has = Page.GetByTestId("sort-name") });

        await Expect(names).ToHaveTextAsync([alpha.DisplayName, beta.DisplayName, gamma.DisplayName]);
        await Expect(nameHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(Page.GetByTestId("sort-number")).ToHaveCountAsync(0);

        await Forms.SubmitAsync(Page, Page.GetByTestId("sort-name"));
        await Expect(names).ToHaveTextAsync([gamma.DisplayName, beta.DisplayName, alpha.DisplayName]);
        await Expect(nameHeader).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(Page.GetByTestId("customer-search")).ToHaveValueAsync("Sortierprobe");

        await CustomerList.ChooseColumnsAsync(Page, "number");
        await Forms.SubmitAsync(Page, Page.GetByTestId("sort-number"));
        await Expect(names).ToHaveTextAsync([beta.DisplayName, gamma.DisplayName, alpha.DisplayName]);
        await Expect(Page.GetByTestId("cell-number")).ToHaveTextAsync([beta.Number, gamma.Number, alpha.Number]);
        await Expect(nameHeader).Not.ToHaveAttributeAsync("aria-sort", new Regex("."));

        await Forms.SubmitAsync(Page, Page.GetByTestId("sort-number"));
        await Expect(names).ToHaveTextAsync([alpha.DisplayName, gamma.DisplayName, beta.DisplayName]);
        await Expect(Page.Locator("th").Filter(new() { Has = Page.GetByTestId("sort-number") })).ToHaveAttributeAsync("aria-sort", "descending");
    }

    [Fact]
    public async Task The_date_filter_counts_the_day_a_customer_was_added_in_the_site_time_zone()
    {
        var old = await CustomerData.CompanyAsync(site, "Datumsprobe Altkunde GmbH");
        var recent = await CustomerData.CompanyAsync(site, "Datumsprobe Neukunde GmbH");
        // 23:30 UTC on the 10th of March is half past midnight on the 11th in Berlin, where the site is.
        await CustomerData.SetAddedAsync(site, old.Id, new DateTime(2024, 3, 10, 23, 30, 0, DateTimeKind.Utc));
        var today = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Berlin").ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page);
        await CustomerList.ChooseColumnsAsync(Page, "created");
        await CustomerList.SearchAsync(Page, "Datumsprobe");
        var names = Page.GetByTestId("customer-link");
        await Expect(names).ToHaveTextAsync([old.DisplayName, recent.DisplayName]);
        await Expect(CustomerList.Row(Page, old.DisplayName).GetByTestId("cell-created")).ToHaveTextAsync("11.03.2024");

        await FilterByDateAsync("2024-03-11", "2024-03-11");
        await Expect(names).ToHaveTextAsync([old.DisplayName]);
        await Expect(Page.GetByTestId("filter-created-from")).ToHaveValueAsync("2024-03-11");
        await Expect(Page.GetByTestId("chip-createdFrom")).ToContainTextAsync("Angelegt ab: 11.03.2024");
        await Expect(Page.GetByTestId("chip-createdTo")).ToContainTextAsync("11.03.2024");

        await FilterByDateAsync("", "2024-03-10");
        await Expect(Page.GetByTestId("customers-no-match")).ToBeVisibleAsync();
        await Expect(names).ToHaveCountAsync(0);

        await FilterByDateAsync(today, "");
        await Expect(names).ToHaveTextAsync([recent.DisplayName]);
    }

    [Fact]
    public async Task Two_checked_rows_are_archived_together_and_show_up_under_archived()
    {
        await CustomerData.CompanyAsync(site, "Stapelprobe Eins GmbH");
        await CustomerData.CompanyAsync(site, "Stapelprobe Zwei GmbH");
        await CustomerData.CompanyAsync(site, "Stapelprobe Drei GmbH");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page);
        await CustomerList.SearchAsync(Page, "Stapelprobe");
        var names = Page.GetByTestId("customer-link");
        var checkedBoxes = Page.Locator("[data-testid=select-row]:checked");
        var bulkBar = Page.GetByTestId("bulk-bar");
        await Expect(names).ToHaveTextAsync(["Stapelprobe Drei GmbH", "Stapelprobe Eins GmbH", "Stapelprobe Zwei GmbH"]);

        // The bulk bar waits until a row is checked, and counts them.
        await Expect(bulkBar).ToBeHiddenAsync();
        await CustomerList.Row(Page, "Stapelprobe Drei GmbH").GetByTestId("select-row").CheckAsync();
        await Expect(bulkBar).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("bulk-count")).ToHaveTextAsync("1 Kunde markiert");
        await Page.GetByTestId("select-all").CheckAsync();
        await Expect(checkedBoxes).ToHaveCountAsync(3);
        await Expect(Page.GetByTestId("bulk-count")).ToHaveTextAsync("3 Kunden markiert");
        await Page.GetByTestId("select-all").UncheckAsync();
        await Expect(checkedBoxes).ToHaveCountAsync(0);
        await Expect(bulkBar).ToBeHiddenAsync();

        await CustomerList.Row(Page, "Stapelprobe Eins GmbH").GetByTestId("select-row").CheckAsync();
        await CustomerList.Row(Page, "Stapelprobe Zwei GmbH").GetByTestId("select-row").CheckAsync();
        await Page.GetByTestId("bulk-action").SelectOptionAsync("Archive");
        await Forms.SubmitAsync(Page, Page.GetByTestId("bulk-apply"));
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("2 Kunden geändert.");
        await Expect(names).ToHaveTextAsync(["Stapelprobe Drei GmbH"]);

        await CustomerList.FilterAsync(Page, "filter-status", "archived");
        await Expect(names).ToHaveTextAsync(["Stapelprobe Eins GmbH", "Stapelprobe Zwei GmbH"]);
        await Expect(Page.GetByTestId("customer-row").Filter(new() { HasText = "Archiviert" })).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task Deleting_checked_rows_asks_first_in_german_and_cancel_keeps_them()
    {
        await CustomerData.CompanyAsync(site, "Löschstapel Eins GmbH");
        await CustomerData.CompanyAsync(site, "Löschstapel Zwei GmbH");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page, "?q=L%C3%B6schstapel");
        var names = Page.GetByTestId("customer-link");
        var dialog = Page.GetByTestId("confirm-dialog");
        await Page.GetByTestId("select-all").CheckAsync();
        await Page.GetByTestId("bulk-action").SelectOptionAsync("Delete");

        await Page.GetByTestId("bulk-apply").ClickAsync();
        await Expect(dialog.Locator("h2")).ToHaveTextAsync("2 Kunden löschen");
        await Expect(dialog).ToContainTextAsync("Die 2 markierten Kunden endgültig löschen?");
        await Expect(dialog).ToContainTextAsync("Dies kann nicht rückgängig gemacht werden.");
        await Expect(Page.GetByTestId("confirm-ok")).ToHaveTextAsync("Löschen");
        await Page.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Page.ReloadAsync();
        await Expect(names).ToHaveTextAsync(["Löschstapel Eins GmbH", "Löschstapel Zwei GmbH"]);

        // One checked row: the title in the singular.
        await CustomerList.Row(Page, "Löschstapel Eins GmbH").GetByTestId("select-row").CheckAsync();
        await Page.GetByTestId("bulk-action").SelectOptionAsync("Delete");
        await Page.GetByTestId("bulk-apply").ClickAsync();
        await Expect(dialog.Locator("h2")).ToHaveTextAsync("1 Kunde löschen");
        await Expect(dialog).ToContainTextAsync("Den markierten Kunden endgültig löschen?");
        await Page.GetByTestId("confirm-cancel").ClickAsync();

        // Archiving can be undone: no dialog, no such warning.
        await Page.GetByTestId("bulk-action").SelectOptionAsync("Archive");
        await Expect(Page.GetByTestId("bulk-apply")).Not.ToHaveAttributeAsync("data-confirm", new Regex("."));

        await Page.GetByTestId("select-all").CheckAsync();
        await Page.GetByTestId("bulk-action").SelectOptionAsync("Delete");
        await Page.GetByTestId("bulk-apply").ClickAsync();
        await Forms.SubmitAsync(Page, Page.GetByTestId("confirm-ok"));
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("2 Kunden geändert.");
        await Expect(names).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_row_menu_of_the_only_row_shows_all_its_actions_and_archives_and_restores_from_there()
    {
        var customer = await CustomerData.CompanyAsync(site, "Menüprobe Elektro GmbH");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page, "?q=Men%C3%BCprobe");
        var row = CustomerList.Row(Page, customer.DisplayName);

        // One row makes a short table: the menu must not be cut off at its edge.
        await row.GetByTestId("row-menu").ClickAsync();
        foreach (var action in new[] { "row-edit", "row-archive", "row-delete" })
        {
            await Expect(row.GetByTestId(action)).ToBeInViewportAsync(new() { Ratio = 1 });
        }

        await Forms.SubmitAsync(Page, row.GetByTestId("row-archive"));
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Menüprobe Elektro GmbH wurde archiviert");
        await Expect(Page.GetByTestId("customers-no-match")).ToBeVisibleAsync();

        await CustomerList.GotoAsync(Page, "?q=Men%C3%BCprobe&status=archived");
        await row.GetByTestId("row-menu").ClickAsync();
        await Expect(row.GetByTestId("row-restore")).ToBeInViewportAsync(new() { Ratio = 1 });
        await Forms.SubmitAsync(Page, row.GetByTestId("row-restore"));
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Menüprobe Elektro GmbH wurde wiederhergestellt");
        await CustomerList.GotoAsync(Page, "?q=Men%C3%BCprobe");
        await Expect(Page.GetByTestId("customer-link")).ToHaveTextAsync([customer.DisplayName]);

        await row.GetByTestId("row-menu").ClickAsync();
        // Delete in the row menu opens the panel, which says beforehand whether the customer can be deleted.
        await row.GetByTestId("row-delete").ClickAsync();
        await Expect(CustomerPanel.Panel(Page).GetByTestId("panel-title")).ToHaveTextAsync(customer.DisplayName);
        await Expect(CustomerPanel.Panel(Page).GetByTestId("panel-delete-reason")).ToHaveCountAsync(0);
        await CustomerPanel.Panel(Page).GetByTestId("panel-delete").ClickAsync();
        await Expect(Page.GetByTestId("confirm-dialog").Locator("h2")).ToHaveTextAsync("Kunde löschen");
        await Expect(Page.GetByTestId("confirm-dialog")).ToContainTextAsync("Menüprobe Elektro GmbH endgültig löschen? Dies kann nicht rückgängig gemacht werden.");
        await Forms.SubmitAsync(Page, Page.GetByTestId("confirm-ok"));
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("Menüprobe Elektro GmbH wurde gelöscht");
        await Expect(Page.GetByTestId("customer-link")).ToHaveCountAsync(0);
        Assert.Equal(0, await CustomerData.CountAsync(site, customer.DisplayName));
    }

    [Fact]
    public async Task Filters_show_as_chips_and_a_click_on_a_chip_takes_its_filter_away()
    {
        await CustomerData.BusinessAsync(site, "Chipprobe Bäckerei Sonne GmbH", "Marktplatz 3", "79098", "Freiburg", "info@baeckerei-sonne.de", "Stammkunde");
        await CustomerData.BusinessAsync(site, "Chipprobe Elektro Wiesner KG", "Lange Gasse 7", "79098", "Freiburg", "kontakt@wiesner-elektro.de", "Stammkunde");
        await CustomerData.BusinessAsync(site, "Chipprobe Druckerei Pohl GmbH", "Am Bahnhof 1", "79100", "Freiburg", "pohl@druck-pohl.de", "Lieferant");
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await CustomerList.GotoAsync(Page);
        var names = Page.GetByTestId("customer-link");
        var filters = Page.GetByTestId("filter-apply");

        // Only the search box shows; the other filters wait behind the Filter button.
        await Expect(Page.GetByTestId("customer-search")).ToBeVisibleAsync();
        await Expect(filters).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("filter-category")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("filter-chips")).ToHaveCountAsync(0);

        await CustomerList.SearchAsync(Page, "Chipprobe");
        await Expect(Page.GetByTestId("chip-q")).ToContainTextAsync("Suchbegriff: Chipprobe");
        await Expect(Page.GetByTestId("filter-count")).ToHaveCountAsync(0);
        await CustomerList.FilterAsync(Page, "filter-category", "Stammkunde");
        await Expect(names).ToHaveTextAsync(["Chipprobe Bäckerei Sonne GmbH", "Chipprobe Elektro Wiesner KG"]);
        await Expect(filters).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("chip-category")).ToContainTextAsync("Kategorie: Stammkunde");
        await Expect(Page.GetByTestId("filter-count")).ToHaveTextAsync("1");
        await CustomerList.FilterAsync(Page, "filter-kind", "company");
        await Expect(Page.GetByTestId("chip-kind")).ToContainTextAsync("Art: Firmen");
        await Expect(Page.GetByTestId("filter-count")).ToHaveTextAsync("2");

        await Forms.SubmitAsync(Page, Page.GetByTestId("chip-category"));
        await Expect(Page.GetByTestId("chip-category")).ToHaveCountAsync(0);
        await Expect(Page).Not.ToHaveURLAsync(new Regex("category="));
        await Expect(Page.GetByTestId("chip-kind")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("chip-q")).ToBeVisibleAsync();
        await Expect(names).ToHaveTextAsync(["Chipprobe Bäckerei Sonne GmbH", "Chipprobe Druckerei Pohl GmbH", "Chipprobe Elektro Wiesner KG"]);
        await CustomerList.OpenFiltersAsync(Page);
        await Expect(Page.GetByTestId("filter-category")).ToHaveValueAsync("");
        await Expect(Page.GetByTestId("filter-kind")).ToHaveValueAsync("company");
        await Page.Keyboard.PressAsync("Escape");
        await Expect(filters).ToBeHiddenAsync();

        await Forms.SubmitAsync(Page, Page.GetByTestId("chips-clear"));
        await Expect(Page.GetByTestId("filter-chips")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("customer-search")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task In_english_the_chips_the_bulk_bar_and_the_delete_dialog_speak_english()
    {
        await CustomerData.BusinessAsync(site, "Englishprobe Harbour Supplies Ltd", "Kaiserkai 1", "20457", "Hamburg", "office@harbour-supplies.example", "Regular");
        // The manager's language is kept on the account; no other test of this class logs in as the manager.
        await LoginScreen.LogInAsync(Page, TestAccounts.ManagerUserName, TestAccounts.UserPassword);
        await CustomerList.GotoAsync(Page, "?q=Englishprobe");
        await Forms.SubmitAsync(Page, Page.GetByTestId("language-en"));
        try
        {
            await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(Page.GetByTestId("filter-toggle")).ToHaveTextAsync("Filter");
            await CustomerList.FilterAsync(Page, "filter-category", "Regular");
            await Expect(Page.GetByTestId("chip-q")).ToContainTextAsync("Search term: Englishprobe");
            await Expect(Page.GetByTestId("chip-category")).ToContainTextAsync("Category: Regular");
            await Forms.SubmitAsync(Page, Page.GetByTestId("chip-category"));
            await Expect(Page.GetByTestId("chip-category")).ToHaveCountAsync(0);

            await CustomerList.Row(Page, "Englishprobe Harbour Supplies Ltd").GetByTestId("select-row").CheckAsync();
            await Expect(Page.GetByTestId("bulk-count")).ToHaveTextAsync("1 customer checked");
            await Page.GetByTestId("bulk-action").SelectOptionAsync("Delete");
            await Page.GetByTestId("bulk-apply").ClickAsync();
            await Expect(Page.GetByTestId("confirm-dialog").Locator("h2")).ToHaveTextAsync("Delete 1 customer");
            await Expect(Page.GetByTestId("confirm-dialog")).ToContainTextAsync("This cannot be undone.");
            await Page.GetByTestId("confirm-cancel").ClickAsync();

            await CustomerPanel.OpenAsync(Page, "Englishprobe Harbour Supplies Ltd");
            var panel = CustomerPanel.Panel(Page);
            await panel.GetByTestId("note-text").FillAsync("Pays by bank transfer only.");
            await Forms.SubmitAsync(Page, panel.GetByTestId("note-add"));
            await Expect(panel.GetByTestId("panel-delete-reason")).ToHaveTextAsync(
                "This customer cannot be deleted: It has a note. Archive it instead: it disappears from the list and keeps its history.");
            await Expect(panel.GetByTestId("panel-delete")).ToBeDisabledAsync();
        }
        finally
        {
            await Forms.SubmitAsync(Page, Page.GetByTestId("language-de"));
        }
    }

    [Fact]
    public async Task The_keys_c_then_n_open_the_new_customer_form_from_the_dashboard_but_not_while_typing()
    {
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin$"));
        await Expect(Page.GetByTestId("dashboard-widgets")).ToBeVisibleAsync();

        await Page.Keyboard.PressAsync("c");
        await Page.Keyboard.PressAsync("n");
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin/Customers/Create$"));
        await Expect(Page.GetByTestId("customer-form")).ToBeVisibleAsync();

        // Anywhere in the admin, but in a field the keys are letters, nothing more.
        await Page.GotoAsync("Admin/Users");
        var search = Page.GetByTestId("user-search");
        await search.PressSequentiallyAsync("cn");
        await Page.WaitForTimeoutAsync(500);
        await Expect(search).ToHaveValueAsync("cn");
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin/Users$"));

        await search.BlurAsync();
        await Page.Keyboard.PressAsync("c");
        await Page.Keyboard.PressAsync("n");
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin/Customers/Create$"));
    }

    private async Task FilterByDateAsync(string from, string to)
    {
        await CustomerList.OpenFiltersAsync(Page);
        await Page.GetByTestId("filter-created-from").FillAsync(from);
        await Page.GetByTestId("filter-created-to").FillAsync(to);
        await Forms.SubmitAsync(Page, Page.GetByTestId("filter-apply"));
    }
}
