namespace OrchardCustomers.Host.Data;

/// <summary>
/// A tenant that is set up has lost its database (its SQLite file was deleted, or its schema is empty). The host
/// refuses to start over on an empty database: an operator restores it, or sets the tenant up again.
/// </summary>
public sealed class TenantDatabaseMissingException(string tenantName, string detail)
    : InvalidOperationException($"The database of the tenant '{tenantName}' is missing: {detail}")
{
    public string TenantName { get; } = tenantName;
}
