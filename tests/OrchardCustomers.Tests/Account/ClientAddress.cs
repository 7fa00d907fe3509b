using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace OrchardCustomers.Tests.Account;

/// <summary>Clients that come from an address of the test's choosing, as the login throttle sees them.</summary>
public static class ClientAddress
{
    private static int _last;

    /// <summary>A fresh address (10.x.y.z) per call, so that no two tests share a throttle.</summary>
    public static IPAddress Unique()
    {
        var n = Interlocked.Increment(ref _last);
        return new IPAddress([10, (byte)(n >> 16), (byte)(n >> 8), (byte)n]);
    }

    /// <summary>A client that keeps cookies, does not follow redirects and whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient From<TEntryPoint>(WebApplicationFactory<TEntryPoint> site, IPAddress address, string baseAddress = "http://localhost/")
        where TEntryPoint : class
    {
        var server = site.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address);
        return new HttpClient(new CookieContainerHandler { InnerHandler = server }) { BaseAddress = new Uri(baseAddress) };
    }
}
