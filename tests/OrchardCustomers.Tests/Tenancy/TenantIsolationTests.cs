using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using OrchardCustomers.Host.Api;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Tenancy;

/// <summary>acme (by prefix), globex (by host) and Default never see each other's users, tokens or data.</summary>
public abstract class TenantIsolationTests(MultiTenantSite fixture)
{
    [Fact]
    public async Task A_user_of_acme_cannot_log_in_to_globex_or_default()
    {
        foreach (var other in new[] { "globex", "Default" })
        {
            var response = await new WebSession(fixture.Client(other)).LoginAsync(MultiTenantSite.UserName("acme", RoleNames.Administrator), AutoSetup.Password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await WebSession.ParseAsync(response);
            Assert.NotNull(page.QuerySelector("[data-testid=login-errors] li"));
        }

        await new WebSession(fixture.Client("acme")).LoginOrFailAsync(MultiTenantSite.UserName("acme", RoleNames.Administrator), AutoSetup.Password);
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task Api_me_answers_each_tenants_own_user()
    {
        foreach (var tenant in MultiTenantSite.Tenants)
        {
            var me = await Api(tenant, fixture.Token(tenant, RoleNames.Manager)).GetFromJsonAsync<MeResponse>("api/me");
            Assert.Equal(MultiTenantSite.UserName(tenant, RoleNames.Manager), me!.UserName);
            Assert.Equal(tenant, me.Tenant);
            Assert.Equal([RoleNames.Manager], me.Roles);
        }
    }

    [Fact]
    public async Task A_token_of_acme_gets_401_on_every_api_endpoint_of_globex_and_default()
    {
        var endpoints = ApiEndpoints();
        Assert.NotEmpty(endpoints);
        var failures = new List<string>();
        foreach (var other in new[] { "globex", "Default" })
        {
            var client = Api(other, fixture.Token("acme", RoleNames.Administrator));
            foreach (var endpoint in endpoints)
            {
                var response = await SendAsync(client, endpoint);
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"{endpoint} on {other}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, "acme's token was accepted elsewhere: " + string.Join(", ", failures));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task No_page_or_endpoint_shows_another_tenants_data()
    {
        foreach (var tenant in MultiTenantSite.Tenants)
        {
            var response = await Api(tenant, fixture.Token(tenant, RoleNames.Administrator)).PostAsJsonAsync("api/samples", new { text = Secret(tenant) });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var failures = new List<string>();
        foreach (var tenant in MultiTenantSite.Tenants)
        {
            var foreign = MultiTenantSite.Tenants.Where(t => t != tenant)
                .SelectMany(t => new[] { Secret(t), MultiTenantSite.UserName(t, RoleNames.Administrator), MultiTenantSite.UserName(t, RoleNames.Manager), MultiTenantSite.CustomerName(t), $"Notiz von {t}", $"kunde@{t.ToLowerInvariant()}.test" })
                .ToList();

            var api = Api(tenant, fixture.Token(tenant, RoleNames.Administrator));
            var admin = fixture.Client(tenant);
            await new WebSession(admin).LoginOrFailAsync(MultiTenantSite.UserName(tenant, RoleNames.Administrator), AutoSetup.Password);
            var gets = EndpointCatalog.Discover(fixture.Site.Services, (template, parameter) => fixture.SampleValue(tenant, template, parameter))
                .Where(e => e.Method == "GET" && e.Access != EndpointAccess.Anonymous && !e.Path.Contains("sample", StringComparison.Ordinal))
                .ToList();
            Assert.Contains(gets, e => e.Template == "api/customers/{id:long}");
            foreach (var endpoint in gets)
            {
                var body = await (await (endpoint.IsApi ? api : admin).GetAsync(endpoint.Path)).Content.ReadAsStringAsync();
                failures.AddRange(foreign.Where(f => body.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"{endpoint} in {tenant} shows '{f}'"));
            }

            var own = await api.GetStringAsync("api/samples");
            Assert.Contains(Secret(tenant), own, StringComparison.Ordinal);
            Assert.Contains(MultiTenantSite.CustomerName(tenant), await api.GetStringAsync("api/customers"), StringComparison.Ordinal);
            var panel = await admin.GetStringAsync($"Admin/Customers?panel={fixture.Samples(tenant).CustomerId}");
            Assert.Contains($"Notiz von {tenant}", panel, StringComparison.Ordinal);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task The_auth_cookie_of_acme_is_refused_by_globex_even_under_globex_cookie_name()
    {
        var acme = fixture.Site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(MultiTenantSite.BaseAddress("acme")) });
        var loginPage = await acme.GetAsync("Login");
        var antiforgeryCookie = CookiesOf(loginPage).Single(c => c.StartsWith(".OrchardCustomers.Antiforgery", StringComparison.Ordinal));
        var token = (await WebSession.ParseAsync(loginPage)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var login = new HttpRequestMessage(HttpMethod.Post, "Login")
        {
            Content = new FormUrlEncodedContent([new("UserName", MultiTenantSite.UserName("acme", RoleNames.Administrator)), new("Password", AutoSetup.Password), new("__RequestVerificationToken", token)]),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        var loggedIn = await acme.SendAsync(login);
        var auth = CookiesOf(loggedIn).Single(c => c.StartsWith(".OrchardCustomers.Auth_acme=", StringComparison.Ordinal));

        var own = new HttpRequestMessage(HttpMethod.Get, "Admin");
        own.Headers.Add("Cookie", auth);
        Assert.Equal(HttpStatusCode.OK, (await acme.SendAsync(own)).StatusCode);

        var globex = fixture.Site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(MultiTenantSite.BaseAddress("globex")) });
        var replay = new HttpRequestMessage(HttpMethod.Get, "Admin");
        replay.Headers.Add("Cookie", auth.Replace("_acme=", "_globex=", StringComparison.Ordinal));
        var response = await globex.SendAsync(replay);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Secret(string tenant) => $"secret-of-{tenant}";

    private List<DiscoveredEndpoint> ApiEndpoints() =>
        [.. EndpointCatalog.Discover(fixture.Site.Services, (_, _) => "sample").Where(e => e.IsApi && e.Access != EndpointAccess.Anonymous)];

    private HttpClient Api(string tenant, string token)
    {
        var client = fixture.Site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(MultiTenantSite.BaseAddress(tenant)) });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, DiscoveredEndpoint endpoint)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.Method != "GET")
        {
            request.Content = JsonContent.Create(new { text = "x" });
        }

        return client.SendAsync(request);
    }

    private static IEnumerable<string> CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];
}
