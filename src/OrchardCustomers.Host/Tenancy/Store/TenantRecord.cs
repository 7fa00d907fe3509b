using OrchardCustomers.Host.Data;

namespace OrchardCustomers.Host.Tenancy.Store;

/// <summary>The stored form of <see cref="ShellSettings"/> in the shells database.</summary>
public sealed class TenantRecord
{
    public required string Name { get; set; }

    public TenantState State { get; set; }

    public string? RequestUrlHost { get; set; }

    public string? RequestUrlPrefix { get; set; }

    public DatabaseProvider? DatabaseProvider { get; set; }

    public string? DatabaseConnectionString { get; set; }

    public string? DatabaseSchema { get; set; }

    public string? RecipeName { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public ShellSettings ToSettings() => new()
    {
        Name = Name,
        State = State,
        RequestUrlHost = RequestUrlHost,
        RequestUrlPrefix = RequestUrlPrefix,
        DatabaseProvider = DatabaseProvider,
        DatabaseConnectionString = DatabaseConnectionString,
        DatabaseSchema = DatabaseSchema,
        RecipeName = RecipeName,
        CreatedUtc = CreatedUtc,
    };

    public void CopyFrom(ShellSettings settings)
    {
        State = settings.State;
        RequestUrlHost = settings.RequestUrlHost;
        RequestUrlPrefix = settings.RequestUrlPrefix;
        DatabaseProvider = settings.DatabaseProvider;
        DatabaseConnectionString = settings.DatabaseConnectionString;
        DatabaseSchema = settings.DatabaseSchema;
        RecipeName = settings.RecipeName;
    }
}
