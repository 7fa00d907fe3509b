using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Caching;

/// <summary>
/// A warm request reads only what it shows: identity, permissions, settings and features come from the tenant caches
/// (none of their queries is left). The budgets are API list ≤ 3 commands and admin list ≤ 6; a change that
/// adds a query fails here with the SQL of every command. The Server-Timing header reports the same count.
/// </summary>
public abstract partial class RequestQueriesTests : IAsyncLifetime
{
    private readonly CommandLog _log = new();
    private readonly ConnectionLog _connections = new();
    private DatabaseSite _database = null!;
    private HttpClient _client = null!;
    private string _cookie = null!;
    private string _token = null!;

    protected abstract DatabaseKind Kind { get; }

    public async Task InitializeAsync()
    {
        // The change stamp is read at most once per interval, not per request: a long interval keeps that one read out
        // of the counted request, so the count does not depend on the moment the test runs.
        _database = await DatabaseSite.StartWithServicesAsync(
            Kind,
            "demo",
            "de-DE",
            new Dictionary<string, string?> { ["OrchardCustomers:Caching:StampInterval"] = "01:00:00" },
            services => services.AddSingleton<IInterceptor>(_log).AddSingleton<IInterceptor>(_connections));
        _client = _database.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        _cookie = await RawCookies.LoginAsync(_client, "default-admin", AutoSetup.Password);
        _token = await _database.Site.CreateTokenAsync("Default", "default-admin");
    }

    /// <summary>The budget: the total (when not cached), the page's ids, and those customers whole.</summary>
    private const int ApiListBudget = 3;

    [Fact]
    public async Task A_warm_api_list_runs_no_more_commands_than_its_budget() =>
        await AssertWarmBudgetAsync(() => WithToken("api/customers?pageSize=20"), ApiListBudget);

    [Fact]
    public async Task A_warm_admin_list_runs_at_most_six_commands() =>
        await AssertWarmBudgetAsync(() => WithCookie("Admin/Customers"), 6);

    private async Task AssertWarmBudgetAsync(Func<HttpRequestMessage> request, int budget)
    {
        for (var i = 0; i < 2; i++)
        {
            var warmUp = await _client.SendAsync(request());
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        }

        _log.Clear();
        _connections.Clear();
        var response = await _client.SendAsync(request());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var commands = _log.Commands;
        Assert.True(commands.Count <= budget, $"{commands.Count} commands, {budget} allowed:{Environment.NewLine}{_log.Describe()}");
        // One connection for the whole request, shared by every DbContext, however many commands run on it.
        Assert.Equal(1, _connections.Opened);

        var timing = string.Join(", ", response.Headers.GetValues("Server-Timing"));
        Assert.Matches(TimingPattern(), timing);
        Assert.Equal(commands.Count, int.Parse(TimingPattern().Match(timing).Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private HttpRequestMessage WithToken(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return request;
    }

    private HttpRequestMessage WithCookie(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", _cookie);
        return request;
    }

    [GeneratedRegex("""^total;dur=\d+\.\d, db;dur=\d+\.\d;desc="(?<count>\d+) queries"$""")]
    private static partial Regex TimingPattern();

    public async Task DisposeAsync()
    {
        _database.Site.Errors.AssertEmpty();
        await _database.DisposeAsync();
    }
}
