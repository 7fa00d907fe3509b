using System.Text.RegularExpressions;
using OrchardCustomers.BrowserTests.Infrastructure;
using OrchardCustomers.BrowserTests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace OrchardCustomers.BrowserTests;

/// <summary>The acceptance of the host: from a site nobody has set up to a second user with a smaller admin.</summary>
public sealed class JourneyTests(FreshSite site, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(site, browser, output), IClassFixture<FreshSite>, IClassFixture<BrowserFixture>
{
    // The setup recipes enable the Customers feature, which adds its own items.
    private static readonly string[] AdministratorMenu = ["menu-dashboard", "menu-customers", "menu-customers-new", "menu-customers-settings", "menu-users", "menu-roles", "menu-api-tokens", "menu-features", "menu-recipes", "menu-settings", "menu-style-guide", "menu-tenants"];
    private static readonly string[] ManagerMenu = ["menu-dashboard", "menu-customers", "menu-customers-new", "menu-users", "menu-api-tokens"];

    /// <summary>
    /// Admin pages reached from the menu, beyond the dashboard and the users, each checked with axe. The customer form
    /// is checked, with its errors, by CustomerPanelTests.
    /// </summary>
    private static readonly string[] OtherAdminPages = ["customers", "customers-settings", "roles", "settings", "api-tokens", "features", "recipes", "tenants", "style-guide"];

    /// <summary>Admin pages no menu item leads to, each checked with axe too.</summary>
    private static readonly (string Url, string Name)[] FormPages =
    [
        ("Admin/Roles/Create", "role form, new"),
        ("Admin/Roles/Accountant/Edit", "role form"),
        ("Admin/Tenants/Create", "tenant form, new"),
        ("Admin/Tenants/Default/Edit", "tenant form"),
        ("Admin/Customers/Create", "customer form, new"),
        ("Admin/Nothing-here", "not found, in the admin"),
        ("Account/ChangePassword", "change password"),
    ];

    private readonly PageAudit _audit = new();

    [Fact]
    public async Task Setup_then_admin_creates_a_manager_who_sees_a_smaller_admin()
    {
        await SetUpWithAWeakPasswordFirstAsync();
        await AdminShell.LogOutAsync(Page);
        await LogInAsAdministratorAsync();
        await SwitchLanguageToEnglishAndBackAsync();
        await VisitEveryAdminPageAsync();
        await CreateManagerAsync();
        await AdminShell.LogOutAsync(Page);

        await LoginScreen.SubmitAsync(Page, "maria", TestAccounts.UserPassword);
        await Expect(Page.GetByTestId("admin-menu")).ToBeVisibleAsync();
        Assert.Equal(ManagerMenu.Order(), (await AdminShell.MenuItemIdsAsync(Page)).Order());
        await Page.GetByTestId("menu-users").ClickAsync();
        await Expect(Page.GetByTestId("users-table")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("create-user")).ToHaveCountAsync(0);

        // The smaller menu is not the only guard: the pages behind the missing items refuse the Manager too. The
        // refusal keeps the admin around it (menu, the site's name) and leads back to where the Manager came from.
        var usersPage = Page.Url;
        await Page.GotoAsync("Admin/Roles", new() { Referer = usersPage });
        await Expect(Page.GetByTestId("error-text")).ToHaveAttributeAsync("data-status", "403");
        await Expect(Page.GetByTestId("admin-menu")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("site-name")).ToHaveTextAsync("Müller & Söhne GmbH");
        await Expect(Page.GetByTestId("error-dashboard")).ToBeVisibleAsync();
        await _audit.CheckAsync(Page, "403");
        await Page.GetByTestId("error-back").ClickAsync();
        await Expect(Page).ToHaveURLAsync(usersPage);
        await Page.GotoAsync("Admin/Roles");
        await Page.GetByTestId("error-dashboard").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin$"));

        await AdminShell.LogOutAsync(Page);
        await Expect(Page).ToHaveURLAsync(new Regex("/Login$"));
        _audit.AssertNoProblems();
    }

    private async Task SetUpWithAWeakPasswordFirstAsync()
    {
        await Page.GotoAsync("/");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(Page.GetByTestId("setup-site-name")).ToBeVisibleAsync();
        await _audit.CheckAsync(Page, "setup");

        await Page.GetByTestId("setup-site-name").FillAsync("Müller & Söhne GmbH");
        await Page.GetByTestId("setup-culture").SelectOptionAsync("de-DE");
        await Page.GetByTestId("setup-recipe").SelectOptionAsync("demo");
        await Page.GetByTestId("setup-username").FillAsync(TestAccounts.AdminUserName);
        await Page.GetByTestId("setup-email").FillAsync(TestAccounts.AdminEmail);
        await Page.GetByTestId("setup-provider").SelectOptionAsync("Sqlite");
        await FillSetupPasswordAsync("schwach");
        await Page.GetByTestId("setup-submit").ClickAsync();

        // The error sits in the password's own field, and the field is marked, not just a message at the top.
        var passwordField = Page.Locator(".field").Filter(new() { Has = Page.GetByTestId("setup-password") });
        await Expect(passwordField.GetByTestId("error-AdminPassword")).Not.ToBeEmptyAsync();
        await Expect(Page.GetByTestId("setup-password")).ToHaveClassAsync(new Regex("input-validation-error"));
        await Expect(Page.GetByTestId("setup-site-name")).ToHaveValueAsync("Müller & Söhne GmbH");
        await _audit.CheckAsync(Page, "setup with errors");

        await FillSetupPasswordAsync(TestAccounts.AdminPassword);

        // Setting up runs the migrations and the demo recipe in the request: on a cold two-core machine that can take
        // longer than a click's usual 10 s. This is a journey, not a speed test (that is bench/'s job). While it runs,
        // the button is busy and the progress says what is happening: read in the same task as the click, before the
        // answer can replace the page.
        var whileRunning = await Page.EvaluateAsync<string[]>(
            """
            () => {
                const button = document.querySelector("[data-testid=setup-submit]");
                button.click();
                return [String(document.querySelector("[data-testid=setup-progress]").hidden),
                        document.querySelector("[data-testid=setup-status]").textContent,
                        String(button.getAttribute("aria-busy"))];
            }
            """);
        Assert.Equal("false", whileRunning[0]);
        Assert.Equal("Verbindung zur Datenbank wird geprüft", whileRunning[1]);
        Assert.Equal("true", whileRunning[2]);

        // Set up, the administrator is logged in and on the dashboard.
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin$"), new() { Timeout = 60_000 });
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync(TestAccounts.AdminUserName);
        await Expect(Page.GetByTestId("widget-customers")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("site-name")).ToHaveTextAsync("Müller & Söhne GmbH");
    }

    private async Task FillSetupPasswordAsync(string password)
    {
        await Page.GetByTestId("setup-password").FillAsync(password);
        await Page.GetByTestId("setup-password-confirmation").FillAsync(password);
    }

    private async Task LogInAsAdministratorAsync()
    {
        await Expect(Page.GetByTestId("login-username")).ToBeVisibleAsync();
        await _audit.CheckAsync(Page, "login");
        await LoginScreen.SubmitAsync(Page, TestAccounts.AdminUserName, TestAccounts.AdminPassword);
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin$"));
        await Expect(Page.GetByTestId("dashboard-widgets")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("dashboard-tiles")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("site-name")).ToHaveTextAsync("Müller & Söhne GmbH");
        Assert.Equal(AdministratorMenu.Order(), (await AdminShell.MenuItemIdsAsync(Page)).Order());
        await _audit.CheckAsync(Page, "dashboard");
    }

    private async Task SwitchLanguageToEnglishAndBackAsync()
    {
        var html = Page.Locator("html");
        var usersItem = Page.GetByTestId("menu-users");
        await Expect(html).ToHaveAttributeAsync("lang", "de");
        await Expect(usersItem).ToHaveTextAsync("Benutzer");

        await Page.GetByTestId("language-en").ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(usersItem).ToHaveTextAsync("Users");
        await Expect(Page.GetByTestId("language-en")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Page).ToHaveURLAsync(new Regex("/Admin$"));

        await Page.GetByTestId("language-de").ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "de");
        await Expect(usersItem).ToHaveTextAsync("Benutzer");
    }

    private async Task VisitEveryAdminPageAsync()
    {
        foreach (var id in OtherAdminPages)
        {
            var item = Page.GetByTestId("menu-" + id);
            await item.ClickAsync();
            await Expect(item).ToHaveAttributeAsync("aria-current", "page");
            await _audit.CheckAsync(Page, id);
        }

        // The pages behind the lists' buttons and the user menu.
        foreach (var (url, name) in FormPages)
        {
            await Page.GotoAsync(url);
            await Expect(Page.Locator("main h1")).ToBeVisibleAsync();
            await _audit.CheckAsync(Page, name);
        }

        // The tokens page names the header to send; "<token>" once vanished as if it were a tag.
        await Page.GetByTestId("menu-api-tokens").ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("Authorization: Bearer <token>");
    }

    private async Task CreateManagerAsync()
    {
        await Page.GetByTestId("menu-users").ClickAsync();
        await Expect(UsersAdmin.Row(Page, TestAccounts.AdminUserName)).ToBeVisibleAsync();
        await _audit.CheckAsync(Page, "users");

        await Page.GetByTestId("create-user").ClickAsync();
        await Expect(Page.GetByTestId("user-form")).ToBeVisibleAsync();
        await _audit.CheckAsync(Page, "user form");
        await UsersAdmin.FillAndSaveAsync(Page, "maria", "Manager", TestAccounts.UserPassword);
        await Expect(Page.GetByTestId("notification-success")).ToContainTextAsync("maria");
    }
}
