namespace OrchardCustomers.Host.Diagnostics;

/// <summary>Which responses carry a Server-Timing header (OrchardCustomers:ServerTiming).</summary>
public sealed class ServerTimingOptions
{
    public const string SectionName = "OrchardCustomers:ServerTiming";

    /// <summary>
    /// Off, Authenticated (the default: a logged-in user or a token) or All. Anonymous answers (login, setup) get it
    /// only with All: exact server and database times there help whoever guesses user names by timing.
    /// </summary>
    public ServerTimingMode Mode { get; set; } = ServerTimingMode.Authenticated;
}
