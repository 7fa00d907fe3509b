using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OrchardCustomers.Host.Data;

public static class DatabaseConnections
{
    public static DbConnection Create(DatabaseProvider provider, string connectionString, string? schema = null) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(connectionString),
        DatabaseProvider.Postgres => new NpgsqlConnection(WithSchema(provider, connectionString, schema)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    public static string SqliteFile(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Pooling = true,
        // Microsoft.Data.Sqlite retries a busy database until this many seconds have passed.
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>
    /// The same SQLite connection string, but one that never creates the file: a tenant that is set up must find its
    /// database, not start over on an empty one.
    /// </summary>
    public static string SqliteWithoutCreate(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return builder.ToString();
    }

    /// <summary>The full path of an SQLite connection string's file; null for an in-memory database.</summary>
    public static string? SqliteFilePath(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>A schema per tenant is a search path: unqualified tables, the migrations history included, land there.</summary>
    public static string WithSchema(DatabaseProvider provider, string connectionString, string? schema)
    {
        if (provider != DatabaseProvider.Postgres || string.IsNullOrWhiteSpace(schema))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ToString();
    }

    /// <summary>Throws a clear message when the connection string cannot even be parsed.</summary>
    public static void Validate(DatabaseProvider provider, string connectionString)
    {
        try
        {
            _ = provider == DatabaseProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(connectionString).ToString()
                : new SqliteConnectionStringBuilder(connectionString).ToString();
        }
        catch (ArgumentException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }
}
