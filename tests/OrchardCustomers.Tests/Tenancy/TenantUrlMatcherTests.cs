using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Tests.Tenancy;

public sealed class TenantUrlMatcherTests
{
    private static readonly ShellSettings Default = new() { Name = "Default" };
    private static readonly ShellSettings Acme = new() { Name = "acme", RequestUrlPrefix = "acme" };
    private static readonly ShellSettings Globex = new() { Name = "globex", RequestUrlHost = "globex.test, www.globex.test" };
    private static readonly ShellSettings GlobexShop = new() { Name = "globexShop", RequestUrlHost = "globex.test", RequestUrlPrefix = "shop" };
    private static readonly ShellSettings Wildcard = new() { Name = "wild", RequestUrlHost = "*.wild.test" };
    private static readonly ShellSettings[] All = [Default, Acme, Globex, GlobexShop, Wildcard];

    [Theory]
    [InlineData("localhost", "/", "Default")]
    [InlineData("localhost:5000", "/Admin", "Default")]
    [InlineData("localhost", "/acme", "acme")]
    [InlineData("localhost", "/ACME/Admin/Users", "acme")]
    [InlineData("localhost", "/acmeX/Admin", "Default")]
    [InlineData("globex.test", "/", "globex")]
    [InlineData("GLOBEX.test:8080", "/Admin", "globex")]
    [InlineData("www.globex.test", "/", "globex")]
    [InlineData("globex.test", "/shop/cart", "globexShop")]
    [InlineData("globex.test", "/acme", "globex")]
    [InlineData("a.wild.test", "/", "wild")]
    [InlineData("wild.test", "/", "Default")]
    public void Picks_the_tenant_in_orchards_order(string host, string path, string expected) =>
        Assert.Equal(expected, TenantUrlMatcher.Match(All, host, path)?.Name);

    [Fact]
    public void Without_a_default_tenant_an_unknown_host_matches_nothing() =>
        Assert.Null(TenantUrlMatcher.Match([Acme, Globex], "other.test", "/"));

    [Fact]
    public void A_host_pattern_with_a_port_needs_that_port()
    {
        var tenant = new ShellSettings { Name = "ported", RequestUrlHost = "ported.test:8443" };
        Assert.Equal("ported", TenantUrlMatcher.Match([tenant], "ported.test:8443", "/")?.Name);
        Assert.Null(TenantUrlMatcher.Match([tenant], "ported.test:80", "/"));
    }

    [Theory]
    [InlineData("acme", true)]
    [InlineData("Acme_2", true)]
    [InlineData("2acme", false)]
    [InlineData("ac-me", false)]
    [InlineData("", false)]
    public void Tenant_names_become_folders_and_schemas(string name, bool valid) => Assert.Equal(valid, TenantNames.IsValidName(name));

    [Theory]
    [InlineData("crm.example.com", true)]
    [InlineData("crm.example.com, *.example.org", true)]
    [InlineData("localhost:5000", true)]
    [InlineData("bad host", false)]
    [InlineData("http://x.test", false)]
    public void Host_lists_are_checked(string hosts, bool valid) => Assert.Equal(valid, TenantNames.IsValidHosts(hosts));
}
