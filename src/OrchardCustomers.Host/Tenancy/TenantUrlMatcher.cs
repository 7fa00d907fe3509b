namespace OrchardCustomers.Host.Tenancy;

/// <summary>
/// Picks the tenant for a host name and path, in the order of Orchard's RunningShellTable:
/// host and prefix, then host alone, then prefix on any host, then the tenant with neither.
/// </summary>
public static class TenantUrlMatcher
{
    /// <param name="host">The Host header: a name, optionally with <c>:port</c>.</param>
    public static ShellSettings? Match(IEnumerable<ShellSettings> tenants, string host, string path)
    {
        var firstSegment = FirstSegment(path);
        ShellSettings? hostAndPrefix = null, hostOnly = null, prefixOnly = null, fallback = null;

        foreach (var tenant in tenants)
        {
            var hosts = tenant.RequestUrlHosts;
            var prefix = tenant.RequestUrlPrefix;
            var hasPrefix = !string.IsNullOrEmpty(prefix);
            var prefixMatches = hasPrefix && string.Equals(prefix, firstSegment, StringComparison.OrdinalIgnoreCase);

            if (hosts.Count > 0)
            {
                if (!hosts.Any(h => HostMatches(h, host)))
                {
                    continue;
                }

                if (prefixMatches)
                {
                    hostAndPrefix ??= tenant;
                }
                else if (!hasPrefix)
                {
                    hostOnly ??= tenant;
                }
            }
            else if (prefixMatches)
            {
                prefixOnly ??= tenant;
            }
            else if (!hasPrefix)
            {
                fallback ??= tenant;
            }
        }

        return hostAndPrefix ?? hostOnly ?? prefixOnly ?? fallback;
    }

    /// <summary>A pattern with a port must match host and port; one without matches the name on any port.</summary>
    private static bool HostMatches(string pattern, string host)
    {
        var candidate = pattern.Contains(':', StringComparison.Ordinal) ? host : StripPort(host);
        if (pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            return candidate.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(pattern, candidate, StringComparison.OrdinalIgnoreCase);
    }

    private static string StripPort(string host)
    {
        // IPv6 literals ([::1]:5000) keep their colons inside brackets.
        var colon = host.LastIndexOf(':');
        return colon > host.LastIndexOf(']') ? host[..colon] : host;
    }

    private static string FirstSegment(string path)
    {
        var trimmed = path.AsSpan().TrimStart('/');
        var end = trimmed.IndexOf('/');
        return (end < 0 ? trimmed : trimmed[..end]).ToString();
    }
}
