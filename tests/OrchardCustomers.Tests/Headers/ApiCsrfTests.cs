using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.SampleModule;

namespace OrchardCustomers.Tests.Headers;

/// <summary>
/// A state-changing API request authenticated by the login cookie needs a same-origin Origin and the page's antiforgery
/// token; a bearer token needs neither.
/// </summary>
[Collection(Collections.SqliteTenants)]
public sealed class ApiCsrfTests(SqliteMultiTenantSite fixture)
{
    private const string Tenant = "Default";

    [Fact]
    public async Task A_cookie_authenticated_api_write_needs_the_same_origin_and_the_antiforgery_token()
    {
        var browser = fixture.Client(Tenant);
        var session = new WebSession(browser);
        await session.LoginOrFailAsync(MultiTenantSite.UserName(Tenant, RoleNames.Administrator), AutoSetup.Password);
        var token = (await session.GetPageAsync("Admin")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // Another site's page makes the logged-in browser post, with or without a token it cannot read.
        foreach (var (origin, fetchSite, withToken) in new[] { ("http://evil.test", "cross-site", false), ("http://evil.test", "cross-site", true), ("", "same-site", true) })
        {
            var refused = await browser.SendAsync(Write("cross " + origin + fetchSite, origin, fetchSite, withToken ? token : null));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        // Same origin, but without the token (a form-less script on a page that got XSS'd would lack it too).
        var tokenless = await browser.SendAsync(Write("tokenless", "http://localhost", "same-origin", null));
        Assert.Equal(HttpStatusCode.Forbidden, tokenless.StatusCode);
        var wrongToken = await browser.SendAsync(Write("wrong token", "http://localhost", "same-origin", "CfDJ8not-a-token"));
        Assert.Equal(HttpStatusCode.Forbidden, wrongToken.StatusCode);
        Assert.DoesNotContain(SampleStore.For(Tenant), t => t.StartsWith("cross", StringComparison.Ordinal) || t is "tokenless" or "wrong token");

        // The admin's own page: same origin and the token.
        var own = await browser.SendAsync(Write("own page", "http://localhost", "same-origin", token));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Contains("own page", SampleStore.For(Tenant));
    }

    [Fact]
    public async Task A_bearer_token_request_needs_neither_origin_nor_antiforgery()
    {
        var script = fixture.Client(Tenant);
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(Tenant, RoleNames.Administrator));
        var response = await script.SendAsync(Write("from a script", "http://elsewhere.test", "", null));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("from a script", SampleStore.For(Tenant));
    }

    private static HttpRequestMessage Write(string text, string origin, string fetchSite, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/samples")
        {
            Content = new StringContent($$"""{ "text": "{{text}}" }""", Encoding.UTF8, "application/json"),
        };
        if (origin.Length > 0)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite.Length > 0)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return request;
    }
}
