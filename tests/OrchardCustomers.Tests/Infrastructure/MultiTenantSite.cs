using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Tests.SampleModule;

namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>
/// Three tenants set up by AutoSetup: Default at the root, acme by the prefix /acme, globex by the host globex.test.
/// Each has the sample feature enabled and a user (with an API token) for every default role.
/// On PostgreSQL, Default has a database of its own and acme and globex each a schema in a shared one.
/// </summary>
public abstract class MultiTenantSite : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Tenants = ["Default", "acme", "globex"];
    public static readonly IReadOnlyList<string> Roles = [RoleNames.Administrator, RoleNames.AccountOwner, RoleNames.Manager, RoleNames.Accountant];

    private readonly Dictionary<(string Tenant, string Role), string> _tokens = [];
    private readonly Dictionary<(string Tenant, string Role), string> _userIds = [];
    private TestDatabases _databases = null!;

    protected abstract DatabaseKind Kind { get; }

    public SiteFactory Site { get; private set; } = null!;

    /// <summary>The user of a role in a tenant; "none" has no role at all.</summary>
    public static string UserName(string tenant, string role) => $"{tenant.ToLowerInvariant()}-{role.ToLowerInvariant()}";

    public static string BaseAddress(string tenant) => tenant switch
    {
        "acme" => "http://localhost/acme/",
        "globex" => "http://globex.test/",
        _ => "http://localhost/",
    };

    public string Token(string tenant, string role) => _tokens[(tenant, role)];

    public string UserId(string tenant, string role) => _userIds[(tenant, role)];

    public HttpClient Client(string tenant) => Site.CreateSession(BaseAddress(tenant));

    public async Task InitializeAsync()
    {
        _databases = await TestDatabases.CreateAsync(Kind, "multi");
        var postgres = Kind == DatabaseKind.Postgres;
        var defaultDatabase = await _databases.CreateExtraAsync("multi_default");
        Site = new SiteFactory(AutoSetup.Combine(
            _databases.ShellsSettings(),
            AutoSetup.Tenant(0, "Default", provider: _databases.Provider, connectionString: defaultDatabase),
            AutoSetup.Tenant(1, "acme", prefix: "acme", provider: _databases.Provider, connectionString: _databases.TenantsConnectionString, schema: postgres ? "acme" : null),
            AutoSetup.Tenant(2, "globex", host: "globex.test", provider: _databases.Provider, connectionString: _databases.TenantsConnectionString, schema: postgres ? "globex" : null)));
        _ = Site.Server;

        foreach (var tenant in Tenants)
        {
            await Site.InTenantAsync(tenant, async sp =>
            {
                await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
                await sp.GetRequiredService<ShellFeaturesManager>().EnableAsync([SampleFeature.Id]);
                await transaction.CommitAsync();
            });

            foreach (var role in Roles.Append("none"))
            {
                var userName = UserName(tenant, role);
                _userIds[(tenant, role)] = await Site.CreateUserAsync(tenant, userName, AutoSetup.Password, role == "none" ? [] : [role]);
                _tokens[(tenant, role)] = await Site.CreateTokenAsync(tenant, userName);
            }
        }

        Site.Errors.AssertEmpty();
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await _databases.DisposeAsync();
    }
}
