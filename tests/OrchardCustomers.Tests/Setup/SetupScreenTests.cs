using System.Net;
using OrchardCustomers.Host.Tenancy;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Setup;

/// <summary>The setup screen: clear errors next to the fields, and a tenant that stays ready for another try.</summary>
public sealed class SetupScreenTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_root_of_a_new_site_is_the_setup_screen()
    {
        var page = await new WebSession(_site.CreateSession()).GetPageAsync("");
        Assert.NotNull(page.QuerySelector("[data-testid=setup-form]"));
        Assert.Equal(["blank", "demo"], page.QuerySelectorAll("[data-testid=setup-recipe] option").Select(o => o.GetAttribute("value")).Order());
    }

    [Fact]
    public async Task In_german_the_setup_screen_names_the_starting_points_and_the_database_in_plain_words()
    {
        var client = _site.CreateSession();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        var page = await new WebSession(client).GetPageAsync("");

        var options = page.QuerySelectorAll("[data-testid=setup-recipe] option").Select(o => o.TextContent).ToList();
        Assert.Contains(options, o => o.StartsWith("Leere Website", StringComparison.Ordinal));
        Assert.Contains(options, o => o.StartsWith("Website mit Beispieldaten", StringComparison.Ordinal));
        var text = page.Body!.TextContent;
        Assert.DoesNotContain("Verbindungszeichenfolge", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rezept", text, StringComparison.Ordinal);
        Assert.Empty(_site.Services.GetRequiredService<OrchardCustomers.Host.Localization.TranslationMisses>().For("de"));
    }

    [Fact]
    public async Task Other_pages_lead_to_setup_and_the_api_says_it_is_not_ready()
    {
        var client = _site.CreateSession();
        var admin = await client.GetAsync("Admin/Users");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/", admin.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("api/me")).StatusCode);
    }

    [Fact]
    public async Task A_weak_password_is_refused_next_to_the_field_and_nothing_is_set_up()
    {
        var response = await SubmitAsync(Form(password: "weak"));
        var page = await WebSession.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Every rule it breaks is named at once, not one per try.
        var message = page.QuerySelector("[data-testid=error-AdminPassword]")!.TextContent;
        Assert.Contains("at least 8 characters", message, StringComparison.Ordinal);
        Assert.Contains("a digit", message, StringComparison.Ordinal);
        Assert.Contains("an uppercase letter", message, StringComparison.Ordinal);
        Assert.Contains("neither a letter nor a digit", message, StringComparison.Ordinal);
        Assert.Equal("Acme GmbH", page.QuerySelector("[data-testid=setup-site-name]")!.GetAttribute("value"));
        await AssertStateAsync(TenantState.Uninitialized);
    }

    [Fact]
    public async Task An_unreachable_database_is_refused_next_to_the_connection_string()
    {
        var response = await SubmitAsync(Form(provider: "Postgres", connectionString: "Host=127.0.0.1;Port=1;Database=nowhere;Timeout=2"));
        var page = await WebSession.ParseAsync(response);
        Assert.Contains("cannot be reached", page.QuerySelector("[data-testid=error-DatabaseConnectionString]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        await AssertStateAsync(TenantState.Uninitialized);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_refused()
    {
        var response = await SubmitAsync(Form(provider: "Postgres", connectionString: "this is not a connection string"));
        var page = await WebSession.ParseAsync(response);
        Assert.Contains("not valid", page.QuerySelector("[data-testid=error-DatabaseConnectionString]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        await AssertStateAsync(TenantState.Uninitialized);
    }

    [Fact]
    public async Task An_unknown_recipe_is_refused()
    {
        var response = await SubmitAsync(Form(recipe: "no-such-recipe"));
        var page = await WebSession.ParseAsync(response);
        Assert.Contains("no-such-recipe", page.QuerySelector("[data-testid=error-RecipeName]")!.TextContent, StringComparison.Ordinal);
        await AssertStateAsync(TenantState.Uninitialized);
    }

    [Fact]
    public async Task A_failing_recipe_leaves_the_tenant_uninitialized_and_a_second_try_works()
    {
        _site.AddRecipe("broken.recipe.json", """
            { "name": "broken", "issetuprecipe": true, "steps": [
              { "name": "settings", "SiteName": "from the recipe" },
              { "name": "Roles", "Roles": [ { "Name": "Auditor", "Permissions": [ "NoSuchPermission" ] } ] } ] }
            """);
        _site.Errors.Expect("Setting up the tenant Default failed");

        var failed = await WebSession.ParseAsync(await SubmitAsync(Form(recipe: "broken")));
        var summary = failed.QuerySelector("[data-testid=setup-errors]")!.TextContent;
        Assert.Contains("step 2 (Roles)", summary, StringComparison.Ordinal);
        Assert.True(summary.Contains("NoSuchPermission", StringComparison.Ordinal), summary);
        Assert.StartsWith("Setup failed", summary.Trim(), StringComparison.Ordinal);
        await AssertStateAsync(TenantState.Uninitialized);

        var retried = await SubmitAsync(Form());
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        await AssertStateAsync(TenantState.Running);
        var session = new WebSession(_site.CreateSession());
        await session.LoginOrFailAsync("admin", AutoSetup.Password);
        var users = await session.GetPageAsync("Admin/Users");
        Assert.Single(users.QuerySelectorAll("[data-testid=user-row]"));
    }

    [Fact]
    public async Task A_site_is_set_up_on_postgresql_in_a_schema_of_its_own()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("setup");
        try
        {
            var response = await SubmitAsync([.. Form(provider: "Postgres", connectionString: connectionString), new("DatabaseSchema", "crm")]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            await AssertStateAsync(TenantState.Running);
            await new WebSession(_site.CreateSession()).LoginOrFailAsync("admin", AutoSetup.Password);

            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'crm' AND table_name = 'AspNetUsers'", connection);
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task Two_submits_at_once_set_the_site_up_once()
    {
        var session = new WebSession(_site.CreateSession());
        var page = await session.GetPageAsync("");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = Form().Append(new("__RequestVerificationToken", token)).ToList();
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => session.Client.PostAsync("Setup", new FormUrlEncodedContent(form))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        await AssertStateAsync(TenantState.Running);
    }

    [Fact]
    public async Task After_setup_the_administrator_is_logged_in_and_the_ticket_works_once_in_that_browser_only()
    {
        var session = new WebSession(EnglishSession());
        var response = await session.SubmitAsync("", "Setup", Form());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/Setup/Finish", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var ticket = RawCookies.Of(response).Single(c => c.StartsWith("oc_setup_login=", StringComparison.Ordinal));

        var finish = await session.Client.GetAsync("Setup/Finish");
        Assert.Equal(HttpStatusCode.Redirect, finish.StatusCode);
        Assert.EndsWith("/Admin", finish.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var dashboard = await session.GetPageAsync("Admin");
        Assert.Contains("admin", dashboard.QuerySelector("[data-testid=notification-success]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dashboard.QuerySelector("[data-testid=widget-users]"));

        // A copy of the ticket replayed from elsewhere logs nobody in; nor does the page without one.
        var replay = new HttpRequestMessage(HttpMethod.Get, "Setup/Finish");
        replay.Headers.Add("Cookie", ticket);
        var stranger = _site.CreateSession();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.SendAsync(replay)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.CreateSession().GetAsync("Setup/Finish")).StatusCode);
        var refused = await stranger.GetAsync("Admin");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_page_fills_in_a_user_name_it_is_given()
    {
        await SubmitAsync(Form());
        var page = await new WebSession(_site.CreateSession()).GetPageAsync("Login?userName=admin");
        Assert.Equal("admin", page.QuerySelector("[data-testid=login-username]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("[data-testid=login-password][autofocus]"));
    }

    private async Task<HttpResponseMessage> SubmitAsync(IEnumerable<KeyValuePair<string, string>> form) =>
        await new WebSession(EnglishSession()).SubmitAsync("", "Setup", form);

    /// <summary>Before setup the browser's language decides; the assertions read English.</summary>
    private HttpClient EnglishSession()
    {
        var client = _site.CreateSession();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        return client;
    }

    private static IEnumerable<KeyValuePair<string, string>> Form(string password = AutoSetup.Password, string recipe = "blank", string provider = "Sqlite", string connectionString = "") =>
    [
        new("SiteName", "Acme GmbH"),
        new("DefaultCulture", "en-US"),
        new("RecipeName", recipe),
        new("AdminUsername", "admin"),
        new("AdminEmail", "admin@example.com"),
        new("AdminPassword", password),
        new("PasswordConfirmation", password),
        new("DatabaseProvider", provider),
        new("DatabaseConnectionString", connectionString),
    ];

    private async Task AssertStateAsync(TenantState expected) =>
        Assert.Equal(expected, (await _site.Services.GetRequiredService<IShellRegistry>().FindAsync("Default"))!.State);

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _site.DisposeAsync();
    }
}
