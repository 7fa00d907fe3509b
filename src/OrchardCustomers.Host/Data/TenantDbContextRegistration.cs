namespace OrchardCustomers.Host.Data;

/// <summary>
/// A DbContext that lives in each tenant's database, with one concrete type per provider
/// (each carries its own migrations) and its own migrations history table.
/// </summary>
public sealed record TenantDbContextRegistration(Type ContextType, Type SqliteType, Type PostgresType, string HistoryTable);
