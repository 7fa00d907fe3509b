using System.Net;
using System.Net.Http.Headers;
using OrchardCustomers.Host.Security.Headers;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Headers;

/// <summary>Every HTML page the site maps, as an administrator sees it, carries the security headers; everything says nosniff.</summary>
[Collection(Collections.SqliteTenants)]
public sealed class SecurityHeadersTests(SqliteMultiTenantSite fixture)
{
    private const string Tenant = "Default";

    [Fact]
    public async Task Every_html_page_sends_the_frame_ban_nosniff_a_referrer_policy_and_the_content_security_policy()
    {
        var client = fixture.Client(Tenant);
        await new WebSession(client).LoginOrFailAsync(MultiTenantSite.UserName(Tenant, RoleNames.Administrator), AutoSetup.Password);
        var endpoints = EndpointCatalog.Discover(fixture.Site.Services, (template, parameter) => fixture.SampleValue(Tenant, template, parameter))
            .Where(e => e.Method == "GET" && !e.IsApi)
            .ToList();

        var policy = new SecurityHeadersOptions().ContentSecurityPolicy;
        var failures = new List<string>();
        var pages = 0;
        foreach (var endpoint in endpoints)
        {
            var response = await client.GetAsync(endpoint.Path);
            if (!Has(response, "X-Content-Type-Options", "nosniff"))
            {
                failures.Add($"{endpoint}: no nosniff");
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            pages++;
            foreach (var (name, value) in new[]
                     {
                         ("X-Frame-Options", "DENY"), ("Referrer-Policy", "strict-origin-when-cross-origin"), ("Content-Security-Policy", policy),
                     })
            {
                if (!Has(response, name, value))
                {
                    failures.Add($"{endpoint}: {name} is '{string.Join(", ", Values(response, name))}'");
                }
            }
        }

        Assert.True(pages >= 10, $"Only {pages} HTML pages were checked: the walk did not reach the admin.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task Error_pages_api_and_static_files_carry_headers_too()
    {
        var missing = await fixture.Client(Tenant).GetAsync("Error/404");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(Has(missing, "Content-Security-Policy", new SecurityHeadersOptions().ContentSecurityPolicy));

        var api = fixture.Client(Tenant);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(Tenant, RoleNames.Manager));
        Assert.True(Has(await api.GetAsync("api/me"), "X-Content-Type-Options", "nosniff"));
        Assert.True(Has(await api.GetAsync("_content/TheAdmin/admin.css"), "X-Content-Type-Options", "nosniff"));
        Assert.True(Has(await api.GetAsync("_content/OrchardCustomers.Module/customers.js"), "X-Content-Type-Options", "nosniff"));
    }

    private static bool Has(HttpResponseMessage response, string name, string value) => Values(response, name).SequenceEqual([value]);

    private static IEnumerable<string> Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values : response.Content.Headers.TryGetValues(name, out var content) ? content : [];
}
