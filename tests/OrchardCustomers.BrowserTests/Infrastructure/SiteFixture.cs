using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.BrowserTests.Infrastructure;

/// <summary>
/// One running site per test class, on a real loopback socket so that Chromium can reach it, with a fresh App_Data
/// folder that is deleted afterwards.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class SiteFixture : IAsyncLifetime
{
    private SiteFactory? _factory;

    protected SiteFixture()
    {
        AppData = Path.Combine(Path.GetTempPath(), "oc-browser-" + Guid.NewGuid().ToString("N"));
    }

    public string AppData { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public ErrorLogProvider Errors { get; } = new();

    /// <summary>The running site's services, for a fixture or test that prepares data behind the pages.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The site has not started yet.");

    /// <summary>Configuration on top of the data folder, e.g. an AutoSetup section.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual Task InitializeAsync()
    {
        // The variable wins over configuration: the tests would run against (and change) someone's real data.
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(AppDataOptions.EnvironmentVariable)))
        {
            throw new InvalidOperationException($"Unset {AppDataOptions.EnvironmentVariable} before running the browser tests: it overrides each test site's own data folder.");
        }

        Directory.CreateDirectory(AppData);
        var settings = new Dictionary<string, string?>(Settings) { ["OrchardCustomers:AppData"] = AppData };
        _factory = new SiteFactory(settings, Errors);
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        // SQLite keeps pooled connections open until the pools are cleared; the files cannot go before.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(AppData))
        {
            Directory.Delete(AppData, recursive: true);
        }
    }
}
