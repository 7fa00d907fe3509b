using System.Net;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Headers;

/// <summary>The README's run command serves the Production error handling, with the admin's static files.</summary>
public sealed class ProductionDefaultsTests : IDisposable
{
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "oc-process-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task The_readme_run_command_starts_in_production_and_serves_the_admin_css()
    {
        await using var site = await SiteProcess.StartReadmeCommandAsync(new Dictionary<string, string> { ["ORCHARDCUSTOMERS_APP_DATA"] = _appData });
        using var client = new HttpClient { BaseAddress = site.Address };
        Assert.Contains("Hosting environment: Production", site.Output, StringComparison.Ordinal);

        var css = await client.GetAsync("_content/TheAdmin/admin.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("nosniff", css.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("data-testid=\"setup-form\"", await client.GetStringAsync(""), StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", site.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_appData))
        {
            Directory.Delete(_appData, recursive: true);
        }
    }
}
