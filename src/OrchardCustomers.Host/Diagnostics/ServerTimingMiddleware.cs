using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace OrchardCustomers.Host.Diagnostics;

/// <summary>
/// Adds <c>Server-Timing: total;dur=…, db;dur=…;desc="N queries"</c> to the answer: the server time until the headers
/// go out, the time the database commands took, and how many there were. The browser's network panel shows it.
/// </summary>
public sealed class ServerTimingMiddleware(RequestDelegate next, IOptionsMonitor<ServerTimingOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var mode = options.CurrentValue.Mode;
        if (mode == ServerTimingMode.Off)
        {
            return next(context);
        }

        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(static state =>
        {
            var (context, started, mode) = ((HttpContext, long, ServerTimingMode))state;
            if (mode == ServerTimingMode.All || context.User.Identity?.IsAuthenticated == true)
            {
                var db = context.RequestServices.GetRequiredService<RequestDbStatistics>();
                context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture,
                    $"total;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0}, db;dur={db.Elapsed.TotalMilliseconds:0.0};desc=\"{db.Commands} queries\"");
            }

            return Task.CompletedTask;
        }, (context, started, mode));
        return next(context);
    }
}
