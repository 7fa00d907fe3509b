using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Customers.Editing;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Customers.Services;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.Files;
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
    private readonly Dictionary<string, TenantSamples> _samples = [];
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

    /// <summary>A customer of the tenant, with a note, a file and a picture, whose name and email are unique to the tenant.</summary>
    public TenantSamples Samples(string tenant) => _samples[tenant];

    public static string CustomerName(string tenant) => $"Kunde von {tenant}";

    /// <summary>A real value for a route parameter, so that every GET can answer 200 to whoever may see it.</summary>
    public string SampleValue(string tenant, string template, string parameter)
    {
        var area = template.Split('/') is [var first, var second, ..] ? first + "/" + second : template;
        var samples = Samples(tenant);
        return (area, parameter) switch
        {
            // Targets that every holder of ManageUsers / ManageRoles may touch: the grant guard refuses the others with 403
            // (the Manager holds sample permissions an AccountOwner does not), which PrivilegeEscalationTests checks.
            ("Admin/Users", "id") => UserId(tenant, "none"),
            ("Admin/ApiTokens", "id") => Guid.Empty.ToString(),
            ("Admin/Features", "id") => "Tests.SampleExtra",
            ("Admin/Roles", "name") => RoleNames.AccountOwner,
            ("Admin/Tenants", "name") => "acme",
            ("Admin/Recipes", "name") => "blank",
            ("Admin/Customers" or "api/customers", "id") => samples.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (_, "noteId") => samples.NoteId.ToString(),
            (_, "fileId") => samples.FileId.ToString(),
            (_, "code") => "404",
            (_, "documentName") => "v1",
            _ => "sample",
        };
    }

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

        foreach (var tenant in Tenants)
        {
            _samples[tenant] = await Site.InTenantAsync(tenant, sp => CreateSamplesAsync(sp, tenant));
        }

        Site.Errors.AssertEmpty();
    }

    private static async Task<TenantSamples> CreateSamplesAsync(IServiceProvider services, string tenant)
    {
        var input = new CustomerInput
        {
            Kind = CustomerKind.Company,
            CompanyName = CustomerName(tenant),
            Emails = [$"kunde@{tenant.ToLowerInvariant()}.test"],
            Addresses = [new AddressInput { Street = "Hauptstraße 1", PostalCode = "10115", City = "Berlin" }],
        };
        var customer = (await services.GetRequiredService<CustomerService>().CreateAsync(input, true, null)).Customer!;
        var db = services.GetRequiredService<CrmDbContext>();
        var note = new CustomerNote { Id = Guid.NewGuid(), CustomerId = customer.Id, Text = $"Notiz von {tenant}", AuthorName = "test", CreatedUtc = DateTime.UtcNow };
        var file = new ContentFile
        {
            Id = Guid.NewGuid(), ContentType = "Customer", ContentItemId = customer.Id, FileName = "vertrag.pdf", MediaType = "application/pdf",
            Content = "%PDF-1.4 test"u8.ToArray(), Length = 13, UploadedBy = "test", UploadedUtc = DateTime.UtcNow,
        };
        db.CustomerNotes.Add(note);
        db.Files.Add(file);
        db.Pictures.Add(new ContentPicture { ContentType = "Customer", ContentItemId = customer.Id, Content = [0xFF, 0xD8, 0xFF, 0xD9], UpdatedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return new TenantSamples(customer.Id, note.Id, file.Id);
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await _databases.DisposeAsync();
    }
}
