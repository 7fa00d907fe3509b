using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Module.Customers.CustomFields;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Recipes;

/// <summary>
/// The export recipe of the demo tenant, run on a tenant set up with the blank recipe, gives the same customers, custom
/// fields, settings, roles and features, compared field by field.
/// </summary>
public abstract class RecipeExportRoundTripTests
{
    /// <summary>What a recipe cannot carry over: ids, versions and times are the target's own (see RecipeExporter.Description).</summary>
    private static readonly HashSet<string> NotCarried = new(StringComparer.Ordinal)
    {
        nameof(Customer.Id), nameof(Customer.Version), nameof(Customer.CreatedUtc), nameof(Customer.CreatedBy),
        nameof(Customer.ModifiedUtc), nameof(Customer.ModifiedBy), nameof(Customer.ArchivedUtc),
    };

    private static readonly JsonSerializerOptions CompareOptions = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    protected abstract DatabaseKind Kind { get; }

    [Fact]
    public async Task The_export_of_the_demo_tenant_run_on_a_blank_tenant_gives_the_same_data()
    {
        await using var databases = await TestDatabases.CreateAsync(Kind, "export");
        var postgres = Kind == DatabaseKind.Postgres;
        await using var site = new SiteFactory(AutoSetup.Combine(
            databases.ShellsSettings(),
            AutoSetup.Tenant(0, "Default", provider: databases.Provider, connectionString: databases.TenantsConnectionString, schema: postgres ? "tenant_default" : null, recipe: "demo"),
            AutoSetup.Tenant(1, "copy", prefix: "copy", provider: databases.Provider, connectionString: databases.TenantsConnectionString, schema: postgres ? "tenant_copy" : null, recipe: "blank")));
        _ = site.Server;
        site.Errors.AssertEmpty();

        // A role of the tenant's own, beside the default ones.
        await site.InTenantAsync("Default", async sp =>
        {
            var store = sp.GetRequiredService<RolePermissionStore>();
            await store.SetAsync(await store.EnsureRoleAsync("Vertrieb", "Außendienst"), ["ViewCustomers", "EditCustomers"]);
        });

        var token = await site.CreateTokenAsync("Default", "default-admin");
        var client = site.CreateSession();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.GetAsync(new Uri("api/recipes/export", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var json = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("PasswordHash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token, json, StringComparison.Ordinal);

        await site.InTenantAsync("copy", sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(json, "export"), new Dictionary<string, object?>(), null, CancellationToken.None));

        var source = await SnapshotAsync(site, "Default");
        var copy = await SnapshotAsync(site, "copy");
        Assert.InRange(source.Customers.Count, 45, 60);
        Assert.Contains(source.Customers.Values, c => c.GetProperty(nameof(Customer.Status)).GetString() == nameof(CustomerStatus.Archived));
        Assert.Contains(source.Customers.Values, c => c.GetProperty(nameof(Customer.Billing)).GetProperty("Sepa").ValueKind == JsonValueKind.Object);
        Assert.Equal(source.Customers.Keys.Order(StringComparer.Ordinal), copy.Customers.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, expected) in source.Customers)
        {
            AssertSameFields(id, expected, copy.Customers[id]);
        }

        Assert.Equal(4, source.Fields.GetArrayLength());
        Assert.Equal(source.Fields.GetRawText(), copy.Fields.GetRawText());
        Assert.Equal(source.Settings.GetRawText(), copy.Settings.GetRawText());
        Assert.Contains(source.Roles, r => r.StartsWith("Vertrieb|Außendienst|", StringComparison.Ordinal));
        Assert.Equal(source.Roles, copy.Roles);
        Assert.Equal(source.Features, copy.Features);
        site.Errors.AssertEmpty();
    }

    private static void AssertSameFields(string id, JsonElement expected, JsonElement actual)
    {
        foreach (var property in expected.EnumerateObject().Where(p => !NotCarried.Contains(p.Name)))
        {
            var other = actual.GetProperty(property.Name).GetRawText();
            Assert.True(property.Value.GetRawText() == other, $"{id}.{property.Name}: expected {property.Value.GetRawText()}, got {other}");
        }
    }

    private static Task<Snapshot> SnapshotAsync(SiteFactory site, string tenant) => site.InTenantAsync(tenant, async sp =>
    {
        var customers = await sp.GetRequiredService<CrmDbContext>().Customers.AsNoTracking().ToListAsync();
        var fields = await sp.GetRequiredService<CustomFieldService>().GetAllAsync();
        var settings = await sp.GetRequiredService<SiteService>().GetAsync();
        var roleStore = sp.GetRequiredService<RolePermissionStore>();
        var roles = new List<string>();
        foreach (var role in await sp.GetRequiredService<RoleManager<Role>>().Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync())
        {
            roles.Add($"{role.Name}|{role.Description}|{string.Join(",", (await roleStore.GetAsync(role)).Order(StringComparer.Ordinal))}");
        }

        var features = (await sp.GetRequiredService<ShellFeaturesManager>().GetEnabledAsync()).Order(StringComparer.Ordinal).ToList();
        return new Snapshot(
            customers.ToDictionary(c => c.ContentItemId!, c => JsonSerializer.SerializeToElement(c, CompareOptions)),
            JsonSerializer.SerializeToElement(fields, CompareOptions),
            JsonSerializer.SerializeToElement(settings, CompareOptions),
            roles,
            features);
    });

    private sealed record Snapshot(Dictionary<string, JsonElement> Customers, JsonElement Fields, JsonElement Settings, List<string> Roles, List<string> Features);
}
