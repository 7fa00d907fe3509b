using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.SampleModule;

namespace OrchardCustomers.Tests.Features;

/// <summary>
/// A second feature extends the customer screens without touching customer code: SampleModule's editor section (with
/// its own validation and storage), list column, list filter and panel tab. Each shows where the feature is enabled
/// and is gone in a tenant where it is disabled.
/// </summary>
[Collection(Collections.SqliteTenants)]
public sealed class SampleCustomerContributionTests(SqliteMultiTenantSite fixture)
{
    private const string Enabled = "acme";
    private const string Disabled = "globex";

    [Fact]
    public async Task The_section_column_filter_and_panel_tab_show_where_the_feature_is_enabled_and_are_gone_where_it_is_disabled()
    {
        await AssertContributionsAsync(Enabled, present: true);

        await SwitchSampleAsync(Disabled, enable: false);
        try
        {
            await AssertContributionsAsync(Disabled, present: false);
            await AssertContributionsAsync(Enabled, present: true);
        }
        finally
        {
            await SwitchSampleAsync(Disabled, enable: true);
        }

        await AssertContributionsAsync(Disabled, present: true);
    }

    [Fact]
    public async Task An_invalid_sample_code_shows_its_error_next_to_the_field_and_saves_neither_customer_nor_code()
    {
        var session = await AdminAsync(Enabled);
        var name = "Ungültig " + Guid.NewGuid().ToString("N");

        var response = await session.SubmitAsync("Admin/Customers/Create", "Admin/Customers/Create", [.. CustomerFields(name), new("Sample.Code", "ab-12")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Equal("A sample code is two capital letters, a hyphen and three digits, e.g. AB-123.", page.QuerySelector("[data-testid='error-sample-code']")?.TextContent.Trim());
        Assert.Equal("ab-12", page.QuerySelector("[data-testid='sample-code']")?.GetAttribute("value"));
        Assert.Equal(name, page.QuerySelector("[data-testid='company-name']")?.GetAttribute("value"));
        Assert.Null(await CustomerIdAsync(Enabled, name));

        // An existing customer: neither its fields nor its code change.
        var id = await CreateAsync(session, "Bestand " + Guid.NewGuid().ToString("N"), "CD-456");
        var before = await VersionAsync(Enabled, id);
        response = await session.SubmitAsync($"Admin/Customers/{id}/Edit", $"Admin/Customers/{id}/Edit",
            [.. CustomerFields("Umbenannt " + Guid.NewGuid().ToString("N")), new("version", before.ToString(CultureInfo.InvariantCulture)), new("Sample.Code", "falsch")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await WebSession.ParseAsync(response)).QuerySelector("[data-testid='error-sample-code']:not(:empty)"));
        Assert.Equal(before, await VersionAsync(Enabled, id));
        Assert.Equal("CD-456", SampleCodes.Get(await TenantKeyAsync(Enabled), id));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_valid_sample_code_is_saved_with_the_customer_and_shows_again_in_form_list_and_panel()
    {
        var session = await AdminAsync(Enabled);
        var name = "Mit Code " + Guid.NewGuid().ToString("N");

        var id = await CreateAsync(session, name, "AB-123");

        Assert.Equal("AB-123", SampleCodes.Get(await TenantKeyAsync(Enabled), id));
        var form = await session.GetPageAsync($"Admin/Customers/{id}/Edit");
        Assert.Equal("AB-123", form.QuerySelector("[data-testid='sample-code']")?.GetAttribute("value"));
        var list = await session.GetPageAsync($"Admin/Customers?q={Uri.EscapeDataString(name)}&columns={SampleCodeColumns.Key}");
        Assert.Equal("AB-123", Row(list, id)?.QuerySelector("[data-testid='cell-sample-code']")?.TextContent.Trim());
        var panel = await session.GetPageAsync($"Admin/Customers/{id}/Panel");
        Assert.Contains("AB-123", panel.QuerySelector("[data-testid='panel-section-sample']")?.TextContent, StringComparison.Ordinal);

        // Saving the form unchanged keeps the code; emptying the field removes it.
        var version = await VersionAsync(Enabled, id);
        var response = await session.SubmitAsync($"Admin/Customers/{id}/Edit", $"Admin/Customers/{id}/Edit",
            [.. CustomerFields(name), new("version", version.ToString(CultureInfo.InvariantCulture)), new("Sample.Code", "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(SampleCodes.Get(await TenantKeyAsync(Enabled), id));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task The_filter_narrows_the_list_and_a_value_it_does_not_offer_gets_400()
    {
        var session = await AdminAsync(Enabled);
        var marker = Guid.NewGuid().ToString("N");
        var with = await CreateAsync(session, $"Filter A {marker}", "EF-789");
        var without = await CreateAsync(session, $"Filter B {marker}", "");

        var withPage = await session.GetPageAsync($"Admin/Customers?q={marker}&sampleCode=with");
        var withoutPage = await session.GetPageAsync($"Admin/Customers?q={marker}&sampleCode=without");
        var all = await session.GetPageAsync($"Admin/Customers?q={marker}");

        Assert.Equal([with], Ids(withPage));
        Assert.Equal([without], Ids(withoutPage));
        Assert.Equal([with, without], Ids(all).Order());
        Assert.Equal("with", withPage.QuerySelector("[data-testid='filter-sampleCode'] option[selected]")?.GetAttribute("value"));
        Assert.NotNull(withPage.QuerySelector("[data-testid='reset-filters']"));

        var bad = await session.GetPageAsync($"Admin/Customers?q={marker}&sampleCode=maybe", HttpStatusCode.BadRequest);
        Assert.NotNull(bad.QuerySelector("[data-testid='list-error-sampleCode']"));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task A_column_loads_its_cells_once_per_page_not_once_per_row()
    {
        var session = await AdminAsync(Enabled);
        var marker = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 3; i++)
        {
            await CreateAsync(session, $"Zeile {i} {marker}", "GH-10" + i.ToString(CultureInfo.InvariantCulture));
        }

        var loadsBefore = SampleCodeColumns.Loads;
        var page = await session.GetPageAsync($"Admin/Customers?q={marker}&columns={SampleCodeColumns.Key}");

        Assert.Equal(3, page.QuerySelectorAll("[data-testid='cell-sample-code']").Length);
        Assert.Equal(["GH-100", "GH-101", "GH-102"], page.QuerySelectorAll("[data-testid='cell-sample-code']").Select(c => c.TextContent.Trim()).Order());
        Assert.Equal(loadsBefore + 1, SampleCodeColumns.Loads);
    }

    private async Task AssertContributionsAsync(string tenant, bool present)
    {
        var session = await AdminAsync(tenant);
        var customerId = fixture.Samples(tenant).CustomerId;

        var create = await session.GetPageAsync("Admin/Customers/Create");
        var edit = await session.GetPageAsync($"Admin/Customers/{customerId}/Edit");
        var list = await session.GetPageAsync($"Admin/Customers?status=all&columns=city,{SampleCodeColumns.Key}");
        var panel = await session.GetPageAsync($"Admin/Customers/{customerId}/Panel");

        Assert.Equal(present, create.QuerySelector("[data-testid='sample-code']") is not null);
        Assert.Equal(present, edit.QuerySelector("[data-testid='sample-code']") is not null);
        Assert.Equal(present, list.QuerySelector("[data-testid='column-sample-code']") is not null);
        Assert.Equal(present, list.QuerySelector("[data-testid='cell-sample-code']") is not null);
        Assert.Equal(present, list.QuerySelector("[data-testid='filter-sampleCode']") is not null);
        Assert.Equal(present, panel.QuerySelector("[data-testid='panel-tab-sample']") is not null);

        // The customer's own parts stay either way.
        Assert.NotNull(edit.QuerySelector("[data-testid='company-name']"));
        Assert.NotNull(list.QuerySelector("[data-testid='cell-city']"));
        Assert.NotNull(panel.QuerySelector("[data-testid='panel-tab-notes']"));
    }

    private static IEnumerable<KeyValuePair<string, string>> CustomerFields(string name) =>
    [
        new("Input.Kind", "Company"),
        new("Input.CompanyName", name),
        new("Input.Addresses[0].Street", "Hauptstraße 1"),
        new("Input.Addresses[0].PostalCode", "10115"),
        new("Input.Addresses[0].City", "Berlin"),
        new("allowDuplicates", "true"),
    ];

    private async Task<long> CreateAsync(WebSession session, string name, string code)
    {
        var response = await session.SubmitAsync("Admin/Customers/Create", "Admin/Customers/Create", [.. CustomerFields(name), new("Sample.Code", code)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Create {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await CustomerIdAsync(Enabled, name) ?? throw new InvalidOperationException($"{name} was not saved.");
    }

    private Task<long?> CustomerIdAsync(string tenant, string name) => fixture.Site.InTenantAsync(tenant, sp =>
        sp.GetRequiredService<CrmDbContext>().Customers.Where(c => c.DisplayName == name).Select(c => (long?)c.Id).SingleOrDefaultAsync());

    private Task<int> VersionAsync(string tenant, long id) => fixture.Site.InTenantAsync(tenant, sp =>
        sp.GetRequiredService<CrmDbContext>().Customers.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

    private Task<string> TenantKeyAsync(string tenant) => fixture.Site.InTenantAsync(tenant, sp => Task.FromResult(sp.GetRequiredService<SampleTenant>().Key));

    private static IHtmlElement? Row(IHtmlDocument page, long id) =>
        page.QuerySelector($"[data-testid='customer-row'][data-id='{id.ToString(CultureInfo.InvariantCulture)}']") as IHtmlElement;

    private static List<long> Ids(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid='customer-row']").Select(r => long.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture))];

    private async Task<WebSession> AdminAsync(string tenant)
    {
        var session = new WebSession(fixture.Client(tenant));
        await session.LoginOrFailAsync(MultiTenantSite.UserName(tenant, RoleNames.Administrator), AutoSetup.Password);
        return session;
    }

    private Task SwitchSampleAsync(string tenant, bool enable) => fixture.Site.InTenantAsync(tenant, async sp =>
    {
        await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
        var features = sp.GetRequiredService<ShellFeaturesManager>();
        _ = enable ? await features.EnableAsync([SampleFeature.Id]) : await features.DisableAsync([SampleFeature.Id]);
        await transaction.CommitAsync();
    });
}
