using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>The real site, configured for one test class: its own data folder and a log that catches errors.</summary>
public sealed class SiteFactory(IReadOnlyDictionary<string, string?> settings, ErrorLogProvider errors) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // Only the error recorder: the console logger would bury the test output under request logs.
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(errors);
        });
    }
}
