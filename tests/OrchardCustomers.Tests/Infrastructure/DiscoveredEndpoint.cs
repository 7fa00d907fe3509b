namespace OrchardCustomers.Tests.Infrastructure;

/// <param name="Path">The route with sample values in place of its parameters, relative to the tenant.</param>
public sealed record DiscoveredEndpoint(string Method, string Template, string Path, EndpointAccess Access, IReadOnlyList<string> Permissions)
{
    public bool IsApi => Template.StartsWith("api/", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Method} {Template}";
}
