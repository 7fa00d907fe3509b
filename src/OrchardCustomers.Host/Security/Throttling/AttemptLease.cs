using System.Threading.RateLimiting;

namespace OrchardCustomers.Host.Security.Throttling;

/// <summary>A running attempt (ended when the request is done) or a refusal that says how long to wait.</summary>
internal sealed class AttemptLease : RateLimitLease
{
    private readonly AttemptWindow? _window;
    private readonly TimeSpan _retryAfter;
    private bool _ended;

    private AttemptLease(AttemptWindow? window, TimeSpan retryAfter)
    {
        _window = window;
        _retryAfter = retryAfter;
    }

    public static AttemptLease Running(AttemptWindow window) => new(window, TimeSpan.Zero);

    public static AttemptLease Refused(TimeSpan retryAfter) => new(null, retryAfter);

    public override bool IsAcquired => _window is not null;

    public override IEnumerable<string> MetadataNames => IsAcquired ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (!IsAcquired && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = _retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _window is not null && !_ended)
        {
            _ended = true;
            lock (_window)
            {
                _window.End();
            }
        }

        base.Dispose(disposing);
    }
}
