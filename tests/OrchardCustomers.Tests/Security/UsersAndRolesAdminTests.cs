using System.Net;
using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

/// <summary>Nobody hands out more than they hold, and a tenant always keeps an administrator.</summary>
public abstract class UsersAndRolesAdminTests : IAsyncLifetime
{
    private DatabaseSite _database = null!;
    private SiteFactory _site = null!;
    private WebSession _owner = null!;
    private WebSession _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await DatabaseSite.StartAsync(Kind);
        _site = _database.Site;
        await _site.CreateUserAsync("Default", "olga", AutoSetup.Password, RoleNames.AccountOwner);
        _owner = new WebSession(_site.CreateSession());
        await _owner.LoginOrFailAsync("olga", AutoSetup.Password);
        _admin = new WebSession(_site.CreateSession());
        await _admin.LoginOrFailAsync("default-admin", AutoSetup.Password);
    }

    [Fact]
    public async Task An_account_owner_cannot_make_anybody_an_administrator()
    {
        var form = await _owner.GetPageAsync("Admin/Users/Create");
        Assert.True(form.QuerySelector("[data-testid=role-Administrator]")!.HasAttribute("disabled"));
        Assert.False(form.QuerySelector("[data-testid=role-Manager]")!.HasAttribute("disabled"));

        var forged = await _owner.SubmitAsync("Admin/Users/Create", "Admin/Users/Create", UserForm("mallory", RoleNames.Administrator));
        var page = await WebSession.ParseAsync(forged);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Administrator", page.QuerySelector("[data-testid=user-roles] .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync("mallory"));
    }

    [Fact]
    public async Task An_account_owner_cannot_grant_site_owner_to_a_role()
    {
        var response = await _owner.SubmitAsync("Admin/Roles/Manager/Edit", "Admin/Roles/Manager/Edit",
            [new("Description", "Managers"), new("Permissions", "SiteOwner"), new("Permissions", "ManageUsers"), new("Permissions", "ViewUsers")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var permissions = await PermissionsOfAsync(RoleNames.Manager);
        Assert.DoesNotContain("SiteOwner", permissions);
        Assert.Contains("ManageUsers", permissions);
    }

    [Fact]
    public async Task Bad_user_forms_are_refused_next_to_the_field()
    {
        var duplicate = await WebSession.ParseAsync(await _admin.SubmitAsync("Admin/Users/Create", "Admin/Users/Create", UserForm("olga", RoleNames.Manager)));
        Assert.Contains("taken", duplicate.QuerySelector("[data-testid=error-UserName]")!.TextContent, StringComparison.Ordinal);

        var weak = await WebSession.ParseAsync(await _admin.SubmitAsync("Admin/Users/Create", "Admin/Users/Create", UserForm("newbie", RoleNames.Manager, password: "short")));
        Assert.NotEmpty(weak.QuerySelector("[data-testid=error-Password]")!.TextContent.Trim());

        var mismatch = await WebSession.ParseAsync(await _admin.SubmitAsync("Admin/Users/Create", "Admin/Users/Create",
            [.. UserForm("newbie", RoleNames.Manager).Where(f => f.Key != "PasswordConfirmation"), new("PasswordConfirmation", "Other-pass1!")]));
        Assert.Contains("match", mismatch.QuerySelector("[data-testid=error-PasswordConfirmation]")!.TextContent, StringComparison.Ordinal);

        var noEmail = await WebSession.ParseAsync(await _admin.SubmitAsync("Admin/Users/Create", "Admin/Users/Create",
            [.. UserForm("newbie", RoleNames.Manager).Where(f => f.Key != "Email"), new("Email", "not-an-email")]));
        Assert.NotEmpty(noEmail.QuerySelector("[data-testid=error-Email]")!.TextContent.Trim());
        Assert.Null(await FindUserAsync("newbie"));
    }

    [Fact]
    public async Task The_last_administrator_can_be_neither_deleted_nor_demoted()
    {
        var adminId = (await FindUserAsync("default-admin"))!.Id;
        await _site.CreateUserAsync("Default", "second-admin", AutoSetup.Password, RoleNames.Administrator);
        var second = new WebSession(_site.CreateSession());
        await second.LoginOrFailAsync("second-admin", AutoSetup.Password);
        var secondId = (await FindUserAsync("second-admin"))!.Id;

        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitAsync("Admin/Users", $"Admin/Users/{adminId}/Delete", [])).StatusCode);
        Assert.Null(await FindUserAsync("default-admin"));

        var self = await second.SubmitAsync("Admin/Users", $"Admin/Users/{secondId}/Delete", []);
        Assert.Equal(HttpStatusCode.Redirect, self.StatusCode);
        Assert.NotNull(await FindUserAsync("second-admin"));

        var stamp = (await FindUserAsync("second-admin"))!.ConcurrencyStamp!;
        var demoted = await WebSession.ParseAsync(await second.SubmitAsync($"Admin/Users/{secondId}/Edit", $"Admin/Users/{secondId}/Edit",
            [new("UserName", "second-admin"), new("Email", "second-admin@example.com"), new("Roles", RoleNames.Manager), new("IsEnabled", "true"), new("ConcurrencyStamp", stamp)]));
        Assert.Contains("last enabled administrator", demoted.QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_from_a_stale_form_does_not_overwrite_a_newer_one()
    {
        var userId = await _site.CreateUserAsync("Default", "carla", AutoSetup.Password, RoleNames.Accountant);
        var stale = (await FindUserAsync("carla"))!.ConcurrencyStamp!;
        var first = await _admin.SubmitAsync($"Admin/Users/{userId}/Edit", $"Admin/Users/{userId}/Edit", EditForm("carla@first.test", stale));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var secondResponse = await _admin.SubmitAsync($"Admin/Users/{userId}/Edit", $"Admin/Users/{userId}/Edit", EditForm("carla@second.test", stale));
        Assert.True(secondResponse.StatusCode == HttpStatusCode.OK, $"{secondResponse.StatusCode} {await secondResponse.Content.ReadAsStringAsync()}");
        var second = await WebSession.ParseAsync(secondResponse);
        Assert.Contains("Someone else changed", second.QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Admin/Users/{userId}/Edit", second.QuerySelector("[data-testid=reload]")!.GetAttribute("href"));
        Assert.Equal("carla@first.test", (await FindUserAsync("carla"))!.Email);
    }

    private static List<KeyValuePair<string, string>> EditForm(string email, string stamp) =>
        [new("UserName", "carla"), new("Email", email), new("Roles", RoleNames.Accountant), new("IsEnabled", "true"), new("ConcurrencyStamp", stamp)];

    private static List<KeyValuePair<string, string>> UserForm(string userName, string role, string password = AutoSetup.Password) =>
        [new("UserName", userName), new("Email", $"{userName}@example.com"), new("Password", password), new("PasswordConfirmation", password), new("Roles", role), new("IsEnabled", "true")];

    private Task<User?> FindUserAsync(string userName) => _site.InTenantAsync("Default", sp => sp.GetRequiredService<UserManager<User>>().FindByNameAsync(userName));

    private Task<IReadOnlySet<string>> PermissionsOfAsync(string role) => _site.InTenantAsync("Default", async sp =>
        await sp.GetRequiredService<RolePermissionStore>().GetAsync((await sp.GetRequiredService<RoleManager<Role>>().FindByNameAsync(role))!));

    protected abstract DatabaseKind Kind { get; }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _database.DisposeAsync();
    }
}
