using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Headers;

/// <summary>
/// The site in the Production environment behind configured host names: AllowedHosts is honoured, links and redirects
/// never carry a forged Host header, and a server error shows neither a stack trace nor a request header.
/// </summary>
public sealed class HostsAndErrorsTests : IAsyncLifetime
{
    private const string ConfiguredHost = "crm.example.test";
    private const string ForgedHost = "evil.example.test";

    private readonly SiteFactory _root = new(AutoSetup.Combine(
        AutoSetup.Tenant(0, "Default", host: ConfiguredHost + ",*.example.test"),
        [new("AllowedHosts", ConfiguredHost + ";*.example.test")]));

    private WebApplicationFactory<Program> _site = null!;

    public Task InitializeAsync()
    {
        _site = _root.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(new ThrowingActionFilter())));
        });
        Assert.Equal("Production", _site.Services.GetRequiredService<IWebHostEnvironment>().EnvironmentName);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_server_error_in_production_shows_no_stack_trace_and_echoes_no_request_header()
    {
        _root.Errors.Expect(ThrowingActionFilter.Message);
        using var request = new HttpRequestMessage(HttpMethod.Get, "Login?boom=1");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic c2VjcmV0LXVzZXI6c2VjcmV0LXBhc3N3b3Jk");
        request.Headers.Add("X-Probe", "probe-value-4711");
        var response = await Client(ConfiguredHost).SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var leak in new[] { "c2VjcmV0", "probe-value-4711", ThrowingActionFilter.Message, "InvalidOperationException", ".cs:line", "   at ", "Authorization" })
        {
            Assert.DoesNotContain(leak, html, StringComparison.Ordinal);
        }

        Assert.Contains(_root.Errors.Expected, e => e.Contains(ThrowingActionFilter.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_host_outside_AllowedHosts_gets_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Client("evil.test").GetAsync("Login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(ConfiguredHost).GetAsync("Login")).StatusCode);
    }

    [Fact]
    public async Task The_login_redirect_does_not_carry_a_forged_host()
    {
        var response = await Client(ForgedHost).GetAsync("Admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Login?ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setup_link_is_built_from_the_configured_host_not_from_a_forged_one()
    {
        var session = new WebSession(Client(ForgedHost));
        await session.LoginOrFailAsync("default-admin", AutoSetup.Password);
        var created = await session.SubmitAsync("Admin/Tenants/Create", "Admin/Tenants/Create",
            [new("Name", "contoso"), new("RequestUrlPrefix", "contoso"), new("RequestUrlHost", ""), new("DatabaseProvider", ""), new("RecipeName", "blank")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var list = await session.GetPageAsync("Admin/Tenants");
        var setupUrl = list.QuerySelector("[data-tenant=contoso] [data-testid=setup-url]")!.TextContent.Trim();
        Assert.StartsWith($"http://{ConfiguredHost}/contoso/Setup?token=", setupUrl, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, list.Body!.OuterHtml, StringComparison.Ordinal);
    }

    private HttpClient Client(string host) =>
        _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri($"http://{host}/") });

    public async Task DisposeAsync()
    {
        _root.Errors.AssertEmpty();
        await _site.DisposeAsync();
        await _root.DisposeAsync();
    }
}
