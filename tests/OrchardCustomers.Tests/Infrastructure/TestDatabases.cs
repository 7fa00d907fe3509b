namespace OrchardCustomers.Tests.Infrastructure;

/// <summary>
/// Where a test site keeps its data: SQLite files under its App_Data (nothing to create), or fresh PostgreSQL databases
/// (one for the shells, one shared by the tenants) that are dropped afterwards.
/// </summary>
public sealed class TestDatabases : IAsyncDisposable
{
    private readonly List<string> _created = [];

    private TestDatabases(DatabaseKind kind) => Kind = kind;

    public DatabaseKind Kind { get; }

    public string Provider => Kind == DatabaseKind.Sqlite ? "Sqlite" : "Postgres";

    public string? ShellsConnectionString { get; private set; }

    public string? TenantsConnectionString { get; private set; }

    public static async Task<TestDatabases> CreateAsync(DatabaseKind kind, string prefix)
    {
        var databases = new TestDatabases(kind);
        if (kind == DatabaseKind.Postgres)
        {
            databases.ShellsConnectionString = await databases.TrackAsync(prefix + "_shells");
            databases.TenantsConnectionString = await databases.TrackAsync(prefix + "_tenants");
        }

        return databases;
    }

    /// <summary>A database of its own, for a tenant that should not share one.</summary>
    public async Task<string?> CreateExtraAsync(string prefix) => Kind == DatabaseKind.Postgres ? await TrackAsync(prefix) : null;

    /// <summary>The shells database settings; SQLite needs none.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ShellsSettings() => Kind == DatabaseKind.Sqlite
        ? []
        : [new("OrchardCustomers_Shells_Database:DatabaseProvider", "Postgres"), new("OrchardCustomers_Shells_Database:ConnectionString", ShellsConnectionString)];

    private async Task<string> TrackAsync(string prefix)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(prefix);
        _created.Add(connectionString);
        return connectionString;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connectionString in _created)
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }
}
