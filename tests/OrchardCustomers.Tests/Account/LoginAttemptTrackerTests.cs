using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OrchardCustomers.Host.Security.Throttling;

namespace OrchardCustomers.Tests.Account;

/// <summary>The throttle's bookkeeping: failures count for a sliding window, running attempts count while they run.</summary>
public sealed class LoginAttemptTrackerTests
{
    private const string Key = "Default|192.0.2.7";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    private LoginAttemptTracker Tracker(int limit = 3) =>
        new(Options.Create(new LoginThrottleOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(10) }), _clock);

    [Fact]
    public void Failures_count_until_the_window_has_passed_over_them()
    {
        var tracker = Tracker();
        for (var i = 0; i < 3; i++)
        {
            using var lease = tracker.TryBegin(Key);
            Assert.True(lease.IsAcquired);
            tracker.RecordFailure(Key);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        using (var refused = tracker.TryBegin(Key))
        {
            Assert.False(refused.IsAcquired);
            Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var wait));
            Assert.Equal(TimeSpan.FromMinutes(7), wait);
        }

        using (var elsewhere = tracker.TryBegin("Default|192.0.2.8"))
        {
            Assert.True(elsewhere.IsAcquired);
        }

        using (var otherTenant = tracker.TryBegin("acme|192.0.2.7"))
        {
            Assert.True(otherTenant.IsAcquired);
        }

        _clock.Advance(TimeSpan.FromMinutes(7));
        using var again = tracker.TryBegin(Key);
        Assert.True(again.IsAcquired);
    }

    [Fact]
    public void Attempts_still_running_count_so_that_parallel_guesses_cannot_pass_the_limit()
    {
        var tracker = Tracker();
        var running = Enumerable.Range(0, 3).Select(_ => tracker.TryBegin(Key)).ToList();
        Assert.All(running, lease => Assert.True(lease.IsAcquired));
        using (var fourth = tracker.TryBegin(Key))
        {
            Assert.False(fourth.IsAcquired);
        }

        running[0].Dispose();
        using var next = tracker.TryBegin(Key);
        Assert.True(next.IsAcquired);
        running.ForEach(lease => lease.Dispose());
    }

    [Fact]
    public void Attempts_that_succeed_never_count()
    {
        var tracker = Tracker();
        for (var i = 0; i < 10; i++)
        {
            using var lease = tracker.TryBegin(Key);
            Assert.True(lease.IsAcquired);
        }
    }

    [Fact]
    public void Windows_that_hold_nothing_any_more_are_dropped()
    {
        var tracker = Tracker();
        using (tracker.TryBegin(Key))
        {
            tracker.RecordFailure(Key);
        }

        Assert.Null(tracker.IdleDuration(Key));
        _clock.Advance(TimeSpan.FromMinutes(11));
        using (tracker.TryBegin("Default|192.0.2.9"))
        {
            // Any attempt sweeps once per window length.
        }

        Assert.Equal(TimeSpan.MaxValue, tracker.IdleDuration(Key));
    }

    [Theory]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64")]
    public void Clients_are_told_apart_by_address_and_ipv6_clients_by_their_64_network(string address, string partition) =>
        Assert.Equal(partition, LoginAttemptTracker.ClientNetwork(IPAddress.Parse(address)));
}
