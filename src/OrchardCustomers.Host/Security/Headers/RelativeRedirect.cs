namespace OrchardCustomers.Host.Security.Headers;

/// <summary>
/// ASP.NET Core builds some redirects (the login challenge, for one) from the request's Host header. Such a redirect to
/// the request's own host is made relative, so that a forged Host never reaches a Location header or a cache.
/// </summary>
public static class RelativeRedirect
{
    /// <returns>The path, query and fragment of <paramref name="location"/> when it points to the request's host; else null.</returns>
    public static string? ToSameHost(HttpRequest request, string location)
    {
        if (string.IsNullOrEmpty(location) || !Uri.TryCreate(location, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return string.Equals(target.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase) ? target.PathAndQuery + target.Fragment : null;
    }
}
