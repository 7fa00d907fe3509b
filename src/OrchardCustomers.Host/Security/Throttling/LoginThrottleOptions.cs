namespace OrchardCustomers.Host.Security.Throttling;

/// <summary>
/// How many failed password attempts one client address may make in a tenant before it has to wait. Only failures
/// count, so that colleagues behind one office address who type their passwords right are never slowed down.
/// </summary>
public sealed class LoginThrottleOptions
{
    public const string SectionName = "OrchardCustomers:LoginThrottle";

    /// <summary>Failed attempts allowed per client address and tenant within <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>A failure counts for this long (a sliding window).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
