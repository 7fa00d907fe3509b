using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Tenancy;

/// <summary>
/// One tenant's entry in the registry, named after Orchard's <c>ShellSettings</c>. Immutable: change it with <c>with</c>
/// and save it through <see cref="IShellRegistry"/>.
/// </summary>
public sealed record ShellSettings
{
    public const string DefaultShellName = "Default";

    public required string Name { get; init; }

    public TenantState State { get; init; } = TenantState.Uninitialized;

    /// <summary>One host name or several, comma-separated; <c>*.example.com</c> matches any sub-domain.</summary>
    public string? RequestUrlHost { get; init; }

    /// <summary>The first path segment that selects the tenant, without slashes.</summary>
    public string? RequestUrlPrefix { get; init; }

    /// <summary>Null until set up, unless the operator chose it when creating the tenant.</summary>
    public DatabaseProvider? DatabaseProvider { get; init; }

    public string? DatabaseConnectionString { get; init; }

    /// <summary>PostgreSQL only: the schema that holds this tenant's tables.</summary>
    public string? DatabaseSchema { get; init; }

    /// <summary>The setup recipe the operator chose for this tenant, if any.</summary>
    public string? RecipeName { get; init; }

    public DateTime CreatedUtc { get; init; }

    public bool IsDefault => string.Equals(Name, DefaultShellName, StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<string> RequestUrlHosts =>
        string.IsNullOrWhiteSpace(RequestUrlHost)
            ? []
            : RequestUrlHost.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
