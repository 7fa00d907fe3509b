using System.Threading.RateLimiting;

namespace OrchardCustomers.Host.Security.Throttling;

/// <summary>
/// The rate-limiting middleware's view of one key. It holds no state of its own: the counts live in the
/// <see cref="LoginAttemptTracker"/>, where the actions record their failures.
/// </summary>
internal sealed class AttemptLimiter(LoginAttemptTracker tracker, string key) : RateLimiter
{
    public override TimeSpan? IdleDuration => tracker.IdleDuration(key);

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => tracker.TryBegin(key);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(tracker.TryBegin(key));
}
