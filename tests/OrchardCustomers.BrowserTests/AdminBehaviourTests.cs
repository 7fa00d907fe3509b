using System.Text.RegularExpressions;
using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>Behaviours of the admin that a user meets on the way: confirmations, shortcuts, login redirects, no lockout at will.</summary>
public sealed class AdminBehaviourTests(ReadySite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<ReadySite>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Deleting_a_user_asks_first_cancel_keeps_the_user_and_confirm_deletes_it()
    {
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await UsersAdmin.CreateAsync(Page, "leaving", "Accountant", TestAccounts.UserPassword);
        var row = UsersAdmin.Row(Page, "leaving");
        var dialog = Page.GetByTestId("confirm-dialog");

        await row.GetByTestId("delete-user").ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("leaving");
        // The dialog names the action, and its button repeats it: no bare "Bestätigen".
        await Expect(dialog.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Benutzer löschen");
        await Expect(Page.GetByTestId("confirm-ok")).ToHaveTextAsync("Benutzer löschen");
        var audit = new PageAudit();
        await audit.CheckAsync(Page, "confirmation dialog");
        audit.AssertNoProblems();
        await Page.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Page.ReloadAsync();
        await Expect(row).ToBeVisibleAsync();

        await row.GetByTestId("delete-user").ClickAsync();
        await Page.GetByTestId("confirm-ok").ClickAsync();
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("leaving");
        await Expect(row).ToHaveCountAsync(0);
        await Expect(UsersAdmin.Row(Page, TestAccounts.AdminUserName)).ToBeVisibleAsync();

        // The message is a toast in a live region (so a screen reader announces it), and it can be closed.
        await Expect(Page.GetByTestId("notifications")).ToHaveAttributeAsync("aria-live", "polite");
        await Page.GetByTestId("notification-close").ClickAsync();
        await Expect(Page.GetByTestId("notification-success")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_style_guide_shows_every_component_and_its_behaviours_work()
    {
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await Page.GetByTestId("menu-style-guide").ClickAsync();
        await Expect(Page.GetByTestId("style-guide")).ToBeVisibleAsync();
        var audit = new PageAudit();
        await audit.CheckAsync(Page, "style guide");
        foreach (var part in new[] { "page-header", "cards", "forms", "buttons", "badges", "tables", "empty", "messages", "dialog", "tabs", "filters", "progress", "save-bar" })
        {
            await Expect(Page.GetByTestId("guide-" + part)).ToBeVisibleAsync();
        }

        // Amounts in German, right-aligned.
        var amount = Page.GetByTestId("guide-amount");
        await Expect(amount).ToHaveTextAsync("1.234,56 €");
        Assert.Equal("right", await amount.EvaluateAsync<string>("c => getComputedStyle(c).textAlign"));

        // The confirmation dialog takes its title, text and button from the button that opens it.
        await Page.GetByTestId("guide-confirm").ClickAsync();
        var dialog = Page.GetByTestId("confirm-dialog");
        await Expect(dialog.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Kunde löschen");
        await Expect(dialog).ToContainTextAsync("Müller GmbH wird mit seinen Notizen und Dateien gelöscht.");
        await Expect(Page.GetByTestId("confirm-ok")).ToHaveTextAsync("Kunde löschen");
        await Expect(Page.GetByTestId("confirm-ok")).ToHaveClassAsync(new Regex("danger"));
        await audit.CheckAsync(Page, "style guide dialog");
        await Page.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        // Tabs: a click and the arrow keys switch the panel.
        await Page.GetByTestId("guide-tab-history").ClickAsync();
        await Expect(Page.GetByTestId("guide-panel-history")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("guide-panel-details")).ToBeHiddenAsync();
        await Page.Keyboard.PressAsync("ArrowLeft");
        await Expect(Page.GetByTestId("guide-tab-details")).ToBeFocusedAsync();
        await Expect(Page.GetByTestId("guide-panel-details")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("guide-panel-history")).ToBeHiddenAsync();

        // The filter button opens the other filters.
        var toggle = Page.GetByTestId("guide-filter-toggle");
        await Expect(Page.GetByTestId("guide-filter-panel")).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Expect(Page.GetByTestId("guide-filter-panel")).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        audit.AssertNoProblems();
    }

    [Fact]
    public async Task The_style_guide_is_for_those_who_manage_the_settings_only()
    {
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await UsersAdmin.CreateAsync(Page, "styleguide-manager", "Manager", TestAccounts.UserPassword);
        var manager = await NewPageAsync(Desktop);
        await LoginScreen.LogInAsync(manager, "styleguide-manager", TestAccounts.UserPassword);
        await Expect(manager.GetByTestId("menu-style-guide")).ToHaveCountAsync(0);
        var response = await manager.GotoAsync("Admin/StyleGuide");
        Assert.Equal(403, response!.Status);
        await Expect(manager.GetByTestId("admin-menu")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_question_mark_key_opens_the_keyboard_shortcuts_but_not_while_typing()
    {
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        var shortcuts = Page.GetByTestId("shortcuts-dialog");
        await Expect(shortcuts).ToBeHiddenAsync();

        await Page.Keyboard.PressAsync("?");
        await Expect(shortcuts).ToBeVisibleAsync();
        await Expect(shortcuts.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Tastenkürzel");
        await Page.Keyboard.PressAsync("Escape");
        await Expect(shortcuts).ToBeHiddenAsync();

        await Page.GotoAsync("Admin/Users");
        await Page.GetByTestId("user-search").PressSequentiallyAsync("a?");
        await Expect(Page.GetByTestId("user-search")).ToHaveValueAsync("a?");
        await Expect(shortcuts).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_visitor_who_opens_the_users_admin_logs_in_and_lands_there()
    {
        await Page.GotoAsync("Admin/Users");
        await Expect(Page).ToHaveURLAsync(new Regex("/Login\\?ReturnUrl=%2FAdmin%2FUsers$"));
        await Expect(Page.GetByTestId("admin-menu")).ToHaveCountAsync(0);

        await LoginScreen.SubmitAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin/Users$"));
        await Expect(Page.GetByTestId("users-table")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_browser_no_longer_lock_the_account()
    {
        await LoginScreen.LogInAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await UsersAdmin.CreateAsync(Page, "forgetful", "Manager", TestAccounts.UserPassword);

        // Someone else's browser, not logged in. Five failures stay below the per-address throttle, so the other
        // tests of this class, which log in from the same address, are not slowed down.
        var visitor = await NewPageAsync(Desktop);
        await visitor.GotoAsync("Login");
        var errors = visitor.GetByTestId("login-errors");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await LoginScreen.SubmitAsync(visitor, "forgetful", $"Wrong-{attempt}!");
            await Expect(errors).ToHaveTextAsync(new Regex("falsch"));
        }

        // An outsider cannot lock an account at will: the right password still logs in.
        await LoginScreen.SubmitAsync(visitor, "forgetful", TestAccounts.UserPassword);
        await Expect(visitor.GetByTestId("admin-menu")).ToBeAttachedAsync();

        await Page.ReloadAsync();
        await Expect(UsersAdmin.Row(Page, "forgetful")).Not.ToContainTextAsync("Gesperrt");
    }
}
