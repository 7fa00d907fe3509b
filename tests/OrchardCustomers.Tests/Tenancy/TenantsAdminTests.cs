using System.Net;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Tenancy;

/// <summary>An operator creates a tenant, hands out its setup link, and disables and enables it.</summary>
public sealed class TenantsAdminTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new(AutoSetup.Combine(AutoSetup.Tenant(0, "Default", culture: "en-US")));
    private WebSession _operator = null!;

    public async Task InitializeAsync()
    {
        _operator = new WebSession(_site.CreateSession());
        await _operator.LoginOrFailAsync("default-admin", AutoSetup.Password);
    }

    [Fact]
    public async Task A_new_tenant_is_set_up_through_its_setup_link_only()
    {
        var created = await _operator.SubmitAsync("Admin/Tenants/Create", "Admin/Tenants/Create",
            [new("Name", "contoso"), new("RequestUrlPrefix", "contoso"), new("RequestUrlHost", ""), new("DatabaseProvider", ""), new("RecipeName", "blank")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var list = await _operator.GetPageAsync("Admin/Tenants");
        var setupUrl = list.QuerySelector("[data-tenant=contoso] [data-testid=setup-url]")!.TextContent.Trim();
        Assert.StartsWith("http://localhost/contoso/Setup?token=", setupUrl, StringComparison.Ordinal);

        var visitor = new WebSession(_site.CreateSession());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync("contoso/Setup")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync("contoso/Setup?token=forged")).StatusCode);

        var form = await visitor.GetPageAsync(setupUrl);
        Assert.Null(form.QuerySelector("[data-testid=setup-recipe]"));
        var token = new Uri(setupUrl).Query.Split("token=")[1];
        var response = await visitor.SubmitAsync(setupUrl, "contoso/Setup",
        [
            new("Token", Uri.UnescapeDataString(token)), new("SiteName", "Contoso"), new("DefaultCulture", "de-DE"), new("AdminUsername", "owner"),
            new("AdminEmail", "owner@contoso.test"), new("AdminPassword", AutoSetup.Password), new("PasswordConfirmation", AutoSetup.Password),
            new("DatabaseProvider", "Sqlite"), new("DatabaseConnectionString", ""),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TenantState.Running, (await _site.Services.GetRequiredService<IShellRegistry>().FindAsync("contoso"))!.State);
        Assert.True(File.Exists(Path.Combine(_site.AppData, "Sites", "contoso", "OrchardCustomers.db")));

        var owner = new WebSession(_site.CreateSession("http://localhost/contoso/"));
        await owner.LoginOrFailAsync("owner", AutoSetup.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Client.GetAsync("Admin/Tenants")).StatusCode);
    }

    [Fact]
    public async Task A_disabled_tenant_answers_404_until_enabled()
    {
        await _site.Services.GetRequiredService<IShellRegistry>().CreateAsync(new ShellSettings { Name = "paused", RequestUrlPrefix = "paused", State = TenantState.Running });

        Assert.Equal(HttpStatusCode.Redirect, (await _operator.SubmitAsync("Admin/Tenants", "Admin/Tenants/paused/Disable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.CreateClient().GetAsync("paused/Login")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await _operator.SubmitAsync("Admin/Tenants", "Admin/Tenants/paused/Enable", [])).StatusCode);
        Assert.Equal(TenantState.Running, (await _site.Services.GetRequiredService<IShellRegistry>().FindAsync("paused"))!.State);
    }

    [Theory]
    [InlineData("Default", "x", "", "exists already")]
    [InlineData("9lives", "nine", "", "starts with a letter")]
    [InlineData("nowhere", "", "", "host name or a prefix")]
    [InlineData("shadow", "", "localhost", "would hide the Default tenant")]
    [InlineData("badhost", "", "not a host!", "host names like")]
    public async Task Bad_tenant_forms_are_refused_next_to_the_field(string name, string prefix, string host, string message)
    {
        var response = await _operator.SubmitAsync("Admin/Tenants/Create", "Admin/Tenants/Create",
            [new("Name", name), new("RequestUrlPrefix", prefix), new("RequestUrlHost", host)]);
        var page = await WebSession.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = string.Join(" ", page.QuerySelectorAll(".field-error").Select(e => e.TextContent));
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.Single(await _site.Services.GetRequiredService<IShellRegistry>().GetAllAsync());
    }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _site.DisposeAsync();
    }
}
