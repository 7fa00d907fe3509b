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
