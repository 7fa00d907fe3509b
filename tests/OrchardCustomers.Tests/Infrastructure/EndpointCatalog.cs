using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using OrchardCustomers.Host.Security.Permissions;

namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>
/// Every endpoint the site maps, read from the routing system itself, with the access rule it declares. A new endpoint
/// shows up here without anybody adding it to a test.
/// </summary>
public static partial class EndpointCatalog
{
    /// <summary>The endpoints that are open on purpose. Adding one here is a decision, not a fix for a failing test.</summary>
    private static readonly HashSet<string> AnonymousByDesign = new(StringComparer.OrdinalIgnoreCase)
    {
        "Login", "Setup", "Setup/Finish", "Account/Culture", "Error/{code:int}", "health", "openapi/{documentName}.json",
    };

    /// <summary>What every logged-in user may do for themselves.</summary>
    private static readonly HashSet<string> AuthenticatedByDesign = new(StringComparer.OrdinalIgnoreCase)
    {
        "Logout", "Account/ChangePassword", "api/me",
    };

    public static IReadOnlyList<DiscoveredEndpoint> Discover(IServiceProvider services, Func<string, string, string> sampleValue)
    {
        var endpoints = new List<DiscoveredEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var permissions = endpoint.Metadata.OfType<RequirePermissionAttribute>().Select(p => p.Permission).Distinct().ToList();
            var access = permissions.Count > 0 ? EndpointAccess.Permission
                : endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null ? (AnonymousByDesign.Contains(template) ? EndpointAccess.Anonymous : EndpointAccess.Unguarded)
                : AuthenticatedByDesign.Contains(template) ? EndpointAccess.Authenticated
                : EndpointAccess.Unguarded;
            var path = Parameter().Replace(template, m => sampleValue(template, m.Groups["name"].Value));
            endpoints.AddRange(methods.Select(method => new DiscoveredEndpoint(method, template, path, access, permissions)));
        }

        return [.. endpoints.DistinctBy(e => (e.Method, e.Template)).OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
