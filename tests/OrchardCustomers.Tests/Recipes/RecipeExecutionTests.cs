using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Settings;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Recipes;

/// <summary>Recipes run by an administrator on a running site: all steps or none, and errors that name the step.</summary>
public abstract class RecipeExecutionTests : IAsyncLifetime
{
    private DatabaseSite _database = null!;
    private SiteFactory _site = null!;
    private WebSession _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await DatabaseSite.StartAsync(Kind);
        _site = _database.Site;
        _admin = new WebSession(_site.CreateSession());
        await _admin.LoginOrFailAsync("default-admin", AutoSetup.Password);
    }

    [Fact]
    public async Task An_unknown_step_stops_the_recipe_names_the_step_and_changes_nothing()
    {
        var message = await UploadAsync("""
            { "name": "typo", "steps": [
              { "name": "settings", "SiteName": "Changed by typo" },
              { "name": "Rolez", "Roles": [] } ] }
            """);

        Assert.Contains("step 2 (Rolez)", message, StringComparison.Ordinal);
        Assert.Contains("Unknown step", message, StringComparison.Ordinal);
        Assert.Equal("Default site", (await SiteSettingsAsync()).SiteName);
    }

    [Fact]
    public async Task A_bad_value_in_step_3_rolls_back_steps_1_and_2()
    {
        var message = await UploadAsync("""
            { "name": "bad-value", "steps": [
              { "name": "Roles", "Roles": [ { "Name": "Auditor", "Description": "Reads the books", "Permissions": [ "AccessAdminPanel" ] } ] },
              { "name": "settings", "SiteName": "Changed by bad-value" },
              { "name": "settings", "PageSize": "many" } ] }
            """);

        Assert.Contains("Recipe 'bad-value', step 3 (settings)", message, StringComparison.Ordinal);
        Assert.Contains("PageSize", message, StringComparison.Ordinal);
        Assert.Equal("Default site", (await SiteSettingsAsync()).SiteName);
        Assert.False(await RoleExistsAsync("Auditor"));

        var runs = await _admin.GetPageAsync("Admin/Recipes");
        Assert.Contains("bad-value", runs.QuerySelector("[data-testid=recipe-runs]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_included_recipe_rolls_back_the_including_one()
    {
        _site.AddRecipe("inner-broken.recipe.json", """{ "name": "inner-broken", "steps": [ { "name": "feature", "enable": [ "No.Such.Feature" ] } ] }""");
        var message = await UploadAsync("""
            { "name": "outer", "steps": [
              { "name": "Roles", "Roles": [ { "Name": "Outer", "Permissions": [] } ] },
              { "name": "recipes", "Values": [ { "executionid": "x", "name": "inner-broken" } ] } ] }
            """);

        Assert.Contains("Recipe 'outer', step 2 (recipes): Recipe 'inner-broken', step 1 (feature)", message, StringComparison.Ordinal);
        Assert.Contains("No.Such.Feature", message, StringComparison.Ordinal);
        Assert.False(await RoleExistsAsync("Outer"));
    }

    [Fact]
    public async Task A_good_recipe_with_variables_and_an_included_recipe_applies_everything()
    {
        _site.AddRecipe("inner.recipe.json", """{ "name": "inner", "steps": [ { "name": "settings", "PageSize": 50 } ] }""");
        var message = await UploadAsync("""
            { "name": "good", "variables": { "role": "Controller", "suffix": "[js: 'since ' + (2000 + 26)]" },
              "steps": [
              { "name": "Roles", "Roles": [ { "Name": "[js: variables('role')]", "Description": "[js: 'Checks the books ' + variables('suffix')]", "Permissions": [ "AccessAdminPanel", "ViewUsers" ] } ] },
              { "name": "recipes", "Values": [ { "executionid": "good", "name": "inner" } ] },
              { "name": "ApiToken", "UserName": "default-admin", "Name": "From a recipe", "Token": "recipe-token-0123456789-0123456789-abc" } ] }
            """, expectSuccess: true);

        Assert.Contains("ran successfully", message, StringComparison.Ordinal);
        Assert.Equal(50, (await SiteSettingsAsync()).PageSize);
        var description = await _site.InTenantAsync("Default", async sp => (await sp.GetRequiredService<RoleManager<Role>>().FindByNameAsync("Controller"))?.Description);
        Assert.Equal("Checks the books since 2026", description);

        var api = _site.CreateSession();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "recipe-token-0123456789-0123456789-abc");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("api/me")).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_recipe_is_refused_with_a_reason()
    {
        var message = await UploadAsync("{ this is not json", expectSuccess: false);
        Assert.Contains("not a recipe", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shipped_recipe_runs_from_the_list()
    {
        _site.AddRecipe("extra-settings.recipe.json", """{ "name": "extra-settings", "displayName": "Extra settings", "steps": [ { "name": "settings", "TimeZoneId": "Europe/Vienna" } ] }""");
        var response = await _admin.SubmitAsync("Admin/Recipes", "Admin/Recipes/extra-settings/Run", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Europe/Vienna", (await SiteSettingsAsync()).TimeZoneId);
        var runs = await _site.InTenantAsync("Default", sp => sp.GetRequiredService<HostDbContext>().RecipeRuns.Where(r => r.RecipeName == "extra-settings").ToListAsync());
        Assert.True(Assert.Single(runs).Succeeded);
    }

    /// <returns>The notification shown after the upload.</returns>
    private async Task<string> UploadAsync(string json, bool expectSuccess = false)
    {
        var page = await _admin.GetPageAsync("Admin/Recipes");
        var token = page.QuerySelector("[data-testid=recipe-upload-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "file", "recipe.json" },
        };
        var response = await _admin.Client.PostAsync("Admin/Recipes/Upload", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var result = await _admin.GetPageAsync("Admin/Recipes");
        var selector = expectSuccess ? "[data-testid=notification-success]" : "[data-testid=notification-error]";
        return result.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"No {selector}: {result.QuerySelector("[data-testid=notifications]")?.TextContent}");
    }

    private Task<SiteSettings> SiteSettingsAsync() => _site.InTenantAsync("Default", sp => sp.GetRequiredService<SiteService>().GetAsync());

    private Task<bool> RoleExistsAsync(string name) => _site.InTenantAsync("Default", sp => sp.GetRequiredService<RoleManager<Role>>().RoleExistsAsync(name));

    protected abstract DatabaseKind Kind { get; }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _database.DisposeAsync();
    }
}
