using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Security.Throttling;

/// <summary>
/// Counts failed password attempts per tenant and client address. The rate-limiting middleware asks it before a
/// login (or change of password) runs; the action tells it when the password was wrong.
/// </summary>
public sealed class LoginAttemptTracker(IOptions<LoginThrottleOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, AttemptWindow> _windows = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    /// <summary>Tenant and client address: IPv6 clients by their /64 network, which one subscriber usually has whole.</summary>
    public static string KeyFor(HttpContext context)
    {
        var shell = context.RequestServices.GetRequiredService<ShellContext>();
        var tenant = shell.HasTenant ? shell.Settings.Name : "";
        return tenant + "|" + ClientNetwork(context.Connection.RemoteIpAddress);
    }

    internal static string ClientNetwork(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>Starts an attempt; the lease is not acquired when the client has to wait.</summary>
    public RateLimitLease TryBegin(string key)
    {
        var now = clock.GetUtcNow();
        Sweep(now);
        var settings = options.Value;
        while (true)
        {
            var window = _windows.GetOrAdd(key, _ => new AttemptWindow());
            lock (window)
            {
                if (window.Removed)
                {
                    continue;
                }

                return window.TryBegin(now, settings) is { } wait ? AttemptLease.Refused(wait) : AttemptLease.Running(window);
            }
        }
    }

    public void RecordFailure(HttpContext context) => RecordFailure(KeyFor(context));

    public void RecordFailure(string key)
    {
        var now = clock.GetUtcNow();
        while (true)
        {
            var window = _windows.GetOrAdd(key, _ => new AttemptWindow());
            lock (window)
            {
                if (!window.Removed)
                {
                    window.RecordFailure(now);
                    return;
                }
            }
        }
    }

    /// <summary>How long the key has been without counted attempts, or null while some still count.</summary>
    internal TimeSpan? IdleDuration(string key)
    {
        if (!_windows.TryGetValue(key, out var window))
        {
            return TimeSpan.MaxValue;
        }

        lock (window)
        {
            return window.Removed ? TimeSpan.MaxValue : null;
        }
    }

    /// <summary>Drops the windows that hold nothing any more, at most once per window length.</summary>
    private void Sweep(DateTimeOffset now)
    {
        var length = options.Value.Window;
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextSweepTicks, now.UtcTicks + length.Ticks, next) != next)
        {
            return;
        }

        foreach (var (key, window) in _windows)
        {
            lock (window)
            {
                if (window.TryRemove(now, length))
                {
                    _windows.TryRemove(new KeyValuePair<string, AttemptWindow>(key, window));
                }
            }
        }
    }
}
