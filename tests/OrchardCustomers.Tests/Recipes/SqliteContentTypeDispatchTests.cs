using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Recipes;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Tests.Infrastructure;
using OrchardCustomers.Tests.SampleModule;
using OrchardCustomers.Tests.SampleModule.Tickets;

namespace OrchardCustomers.Tests.Recipes;

/// <summary>
/// The <c>content</c> step and the export with a second content type, SampleModule's "SampleTicket": present where the
/// Sample feature is enabled, unknown where it is disabled. Uses the shared tenants; every title is unique to the test.
/// </summary>
[Collection(Collections.SqliteTenants)]
public sealed class SqliteContentTypeDispatchTests(SqliteMultiTenantSite fixture)
{
    [Fact]
    public async Task A_second_type_is_imported_and_exported_where_its_feature_is_enabled()
    {
        var text = "Import " + Guid.NewGuid();
        await RunAsync("acme", Recipe(text, await SiteNameAsync("acme")));

        // Imported through the ticket service: SampleModule's lifecycle handler stamped it and the shared history has it.
        var ticket = await TicketAsync("acme", text);
        Assert.NotNull(ticket);
        Assert.Equal(SampleTicketHandler.Stamp, ticket.StampedBy);
        Assert.Equal("Waiting", ticket.Status);
        Assert.True(await fixture.Site.InTenantAsync("acme", sp => sp.GetRequiredService<CrmDbContext>().Activities
            .AnyAsync(a => a.ContentType == SampleTicket.ContentType && a.ContentItemId == ticket.Id)));
        var export = await ExportAsync("acme", RoleNames.Administrator);
        Assert.Contains(ContentSteps(export), step => step.Contains(text, StringComparison.Ordinal));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task Where_the_feature_is_disabled_its_type_fails_the_recipe_by_name_and_is_not_exported()
    {
        var text = "Disabled " + Guid.NewGuid();
        await CreateTicketAsync("globex", text);
        var siteName = await SiteNameAsync("globex");
        var disabled = await DisableSampleAsync("globex");
        try
        {
            var exception = await Assert.ThrowsAsync<RecipeStepException>(() => RunAsync("globex", Recipe(text + " (recipe)", "Geändert")));
            Assert.Contains("step 2 (content): Item 1 (Probe): the content type 'SampleTicket' is not known here", exception.Message, StringComparison.Ordinal);

            // The settings step before it was rolled back with it.
            Assert.Equal(siteName, await SiteNameAsync("globex"));
            Assert.Null(await TicketAsync("globex", text + " (recipe)"));
            var export = await ExportAsync("globex", RoleNames.Administrator);
            Assert.DoesNotContain(ContentSteps(export), step => step.Contains(text, StringComparison.Ordinal));
            Assert.DoesNotContain(SampleFeature.Id, export["steps"]!.AsArray().Single(s => (string?)s!["name"] == "feature")!["enable"]!.AsArray().Select(n => (string?)n));
        }
        finally
        {
            await EnableAsync("globex", disabled);
        }

        // The tenant beside it keeps the type.
        await CreateTicketAsync("acme", text);
        var export2 = await ExportAsync("acme", RoleNames.Administrator);
        Assert.Contains(ContentSteps(export2), step => step.Contains(text, StringComparison.Ordinal));
        fixture.Site.Errors.AssertEmpty();
    }

    [Fact]
    public async Task The_export_api_needs_ManageRecipes()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client("Default").GetAsync(new Uri("api/recipes/export", UriKind.Relative))).StatusCode);
        foreach (var role in new[] { RoleNames.AccountOwner, RoleNames.Manager, RoleNames.Accountant })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await Send("Default", role)).StatusCode);
        }

        var response = await Send("Default", RoleNames.Administrator);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Default-export-", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
    }

    /// <summary>A settings step, then the content step (a recipe that fails shows that the new site name was rolled back).</summary>
    private static string Recipe(string text, string siteName) => $$"""
        { "name": "sample-items", "steps": [
          { "name": "settings", "SiteName": "{{siteName}}" },
          { "name": "content", "data": [ { "ContentItemId": "ticket-1", "ContentType": "SampleTicket", "DisplayText": "Probe", "SampleTicketPart": { "Title": "{{text}}", "Status": "Waiting" } } ] } ] }
        """;

    private Task RunAsync(string tenant, string json) =>
        fixture.Site.InTenantAsync(tenant, sp => sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(json, "test"), new Dictionary<string, object?>(), null, CancellationToken.None));

    private Task<SampleTicket?> TicketAsync(string tenant, string title) =>
        fixture.Site.InTenantAsync(tenant, sp => sp.GetRequiredService<SampleDbContext>().Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Title == title));

    private Task CreateTicketAsync(string tenant, string title) => fixture.Site.InTenantAsync(tenant, async sp =>
        Assert.True((await sp.GetRequiredService<SampleTicketService>().CreateAsync(new SampleTicketInput { Title = title }, null)).Succeeded));

    private Task<string> SiteNameAsync(string tenant) =>
        fixture.Site.InTenantAsync(tenant, async sp => (await sp.GetRequiredService<SiteService>().GetAsync()).SiteName);

    /// <returns>What was switched off (dependents too), to switch it on again afterwards.</returns>
    private Task<List<string>> DisableSampleAsync(string tenant) => fixture.Site.InTenantAsync(tenant, async sp =>
    {
        await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
        var disabled = await sp.GetRequiredService<ShellFeaturesManager>().DisableAsync([SampleFeature.Id]);
        await transaction.CommitAsync();
        return disabled.Select(f => f.Id).ToList();
    });

    private Task EnableAsync(string tenant, List<string> featureIds) => fixture.Site.InTenantAsync(tenant, async sp =>
    {
        await using var transaction = await sp.GetRequiredService<TenantDatabase>().BeginTransactionAsync();
        await sp.GetRequiredService<ShellFeaturesManager>().EnableAsync(featureIds);
        await transaction.CommitAsync();
    });

    private Task<HttpResponseMessage> Send(string tenant, string role)
    {
        var client = fixture.Client(tenant);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(tenant, role));
        return client.GetAsync(new Uri("api/recipes/export", UriKind.Relative));
    }

    private async Task<JsonObject> ExportAsync(string tenant, string role)
    {
        var response = await Send(tenant, role);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static IEnumerable<string> ContentSteps(JsonObject export) =>
        export["steps"]!.AsArray().Where(s => (string?)s!["name"] == "content").Select(s => s!.ToJsonString());
}
