using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Limits;

/// <summary>
/// A one-tenant SQLite site on a real Kestrel socket: the in-memory test server enforces no request body limit, so
/// what Kestrel does with an over-size body can only be seen here.
/// </summary>
public sealed class KestrelSite : IAsyncLifetime
{
    public const string ApiToken = "limits-test-token-0123456789abcdefghijklmnop";

    public SiteFactory Site { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Site = new SiteFactory(AutoSetup.Combine(AutoSetup.Tenant(0, "Default", apiToken: ApiToken, culture: "en-US")));
        Site.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Site.StartServer();
        BaseAddress = new Uri(Site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return Task.CompletedTask;
    }

    /// <summary>
    /// A client that, with Expect: 100-continue, waits for the server's go-ahead before it sends a body: a refused body
    /// is then never sent, and the test sees the answer instead of a broken pipe.
    /// </summary>
    public HttpClient Client(bool withToken = true)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, Expect100ContinueTimeout = TimeSpan.FromSeconds(30) }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (withToken)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiToken);
        }

        return client;
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
