using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Identity;
using OrchardCustomers.Host.Security.Permissions;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Security;

/// <summary>
/// Every endpoint × every default role, as the role's permissions say: granted gets 200 (or, for a POST without a
/// form, the form's 400), denied gets 403, and a visitor who is not logged in is sent to the login page (admin) or gets
/// 401 (API). An endpoint that declares no rule fails the test.
/// </summary>
public abstract class PermissionMatrixTests(MultiTenantSite fixture)
{
    private const string Tenant = "Default";
    private const string Anonymous = "(anonymous)";

    [Fact]
    public async Task Every_endpoint_answers_every_role_as_its_permissions_say()
    {
        var endpoints = EndpointCatalog.Discover(fixture.Site.Services, (template, parameter) => fixture.SampleValue(Tenant, template, parameter));
        var unguarded = endpoints.Where(e => e.Access == EndpointAccess.Unguarded).ToList();
        Assert.True(unguarded.Count == 0, "Endpoints without a declared permission: " + string.Join(", ", unguarded));
        Assert.Contains(endpoints, e => e.Template == "api/samples" && e.Method == "POST");
        Assert.Contains(endpoints, e => e.Template == "Admin/Users/{id}/Edit" && e.Method == "POST");

        var catalog = fixture.Site.Services.GetRequiredService<PermissionCatalog>();
        var failures = new List<string>();
        foreach (var role in MultiTenantSite.Roles.Append("none").Append(Anonymous))
        {
            var granted = role == Anonymous ? null : await GrantedAsync(role);
            var cookieClient = fixture.Client(Tenant);
            if (granted is not null)
            {
                await new WebSession(cookieClient).LoginOrFailAsync(MultiTenantSite.UserName(Tenant, role), AutoSetup.Password);
            }

            var apiClient = fixture.Client(Tenant);
            if (granted is not null)
            {
                apiClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(Tenant, role));
            }

            foreach (var endpoint in endpoints)
            {
                var response = await SendAsync(endpoint.IsApi ? apiClient : cookieClient, endpoint);
                var expected = Expect(endpoint, granted, catalog);
                if (!Matches(expected, response))
                {
                    failures.Add($"{endpoint} as {role}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from the permissions:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}"
            + $"{Environment.NewLine}Server errors:{Environment.NewLine}{string.Join(Environment.NewLine, fixture.Site.Errors.Entries)}");
        fixture.Site.Errors.AssertEmpty();
    }

    /// <summary>What the role's users hold: the role's claims and the Authenticated role's, as stored in the tenant.</summary>
    private Task<IReadOnlySet<string>> GrantedAsync(string role) => fixture.Site.InTenantAsync<IReadOnlySet<string>>(Tenant, async sp =>
    {
        var roles = sp.GetRequiredService<RoleManager<Role>>();
        var store = sp.GetRequiredService<RolePermissionStore>();
        var granted = new HashSet<string>(await store.GetAsync((await roles.FindByNameAsync(RoleNames.Authenticated))!), StringComparer.OrdinalIgnoreCase);
        if (role != "none")
        {
            granted.UnionWith(await store.GetAsync((await roles.FindByNameAsync(role))!));
        }

        return granted;
    });

    private static string Expect(DiscoveredEndpoint endpoint, IReadOnlySet<string>? granted, PermissionCatalog catalog)
    {
        var allowed = endpoint.Method == "GET" ? "200" : "allowed";
        return endpoint.Access switch
        {
            EndpointAccess.Anonymous => "allowed",
            _ when granted is null => endpoint.IsApi ? "401" : "login",
            EndpointAccess.Authenticated => allowed,
            _ => endpoint.Permissions.All(p => Holds(p, granted, catalog)) ? allowed : "403",
        };
    }

    /// <summary>Written out here rather than borrowed from the code under test: SiteOwner holds all, and implication is transitive.</summary>
    private static bool Holds(string permission, IReadOnlySet<string> granted, PermissionCatalog catalog) =>
        granted.Contains("SiteOwner") || granted.Contains(permission) ||
        (catalog.Find(permission)?.ImpliedBy.Any(p => Holds(p.Name, granted, catalog)) ?? false);

    private static bool Matches(string expected, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var toLogin = status == 302 && response.Headers.Location?.OriginalString.Contains("/Login", StringComparison.Ordinal) == true;
        return expected switch
        {
            "200" => status == 200,
            "allowed" => status is not (401 or 403) and < 500 && !toLogin,
            "login" => toLogin,
            _ => status.ToString(System.Globalization.CultureInfo.InvariantCulture) == expected,
        };
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, DiscoveredEndpoint endpoint)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.Method != "GET")
        {
            request.Content = endpoint.IsApi ? new StringContent("{}", Encoding.UTF8, "application/json") : new FormUrlEncodedContent([]);
        }

        return client.SendAsync(request);
    }
}
