using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OrchardCustomers.Host.Security.Authentication;

namespace OrchardCustomers.Host.Security.Throttling;

/// <summary>
/// The rate-limiting policy of actions that check a password (<c>[EnableRateLimiting(LoginThrottlePolicy.Name)]</c>):
/// partitioned by tenant and client address, counting failed attempts only.
/// </summary>
public sealed class LoginThrottlePolicy(LoginAttemptTracker tracker) : IRateLimiterPolicy<string>
{
    public const string Name = "password-attempts";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.Get(LoginAttemptTracker.KeyFor(httpContext), key => new AttemptLimiter(tracker, key));

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILogger<LoginThrottlePolicy>>().LogWarning(
            "Password attempt refused for {RemoteIp} on {Path}: too many failed attempts, retry after {Seconds} s",
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown", http.Request.Path.Value, seconds);

        if (ApiProblem.IsApiRequest(http.Request))
        {
            await ApiProblem.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many failed attempts.", $"Try again in {seconds} seconds.");
            return;
        }

        await ThrottledPage.WriteAsync(http, seconds);
    }
}
