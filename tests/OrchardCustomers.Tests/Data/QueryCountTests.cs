using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using OrchardCustomers.Host.Data.Diagnostics;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Data;

/// <summary>The per-request command count that the HTTP benchmark reads (bench/OrchardCustomers.HttpBench).</summary>
public sealed class QueryCountTests : IAsyncLifetime
{
    private const string AdminToken = "query-count-token-0123456789-0123456789";

    private readonly SiteFactory _site = new(AutoSetup.Combine(
        AutoSetup.Tenant(0, "Default", apiToken: AdminToken),
        [new(QueryCounting.ConfigurationKey, "true")]));

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_response_carries_the_number_of_commands_its_own_request_sent()
    {
        var client = _site.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);

        // The first use of the token also writes its "last used" time; the next ones read alike.
        await CountAsync(client, "api/me");
        var first = await CountAsync(client, "api/me");
        var second = await CountAsync(client, "api/me");

        // Looking up the token and the user alone takes commands; a count of every request so far would grow.
        Assert.True(first > 0, $"Expected commands, got {first}.");
        Assert.Equal(first, second);
    }

    private static async Task<int> CountAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return int.Parse(Assert.Single(response.Headers.GetValues(QueryCounting.HeaderName)), CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        _site.Errors.AssertEmpty();
        await _site.DisposeAsync();
    }
}
