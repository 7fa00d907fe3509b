using Npgsql;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Tenancy;

namespace OrchardCustomers.Host.Health;

/// <summary>
/// Turns a database that vanished while the site runs into the tenant's 503 instead of a 500. A missing SQLite file is
/// caught before the request by <see cref="TenantResolutionMiddleware"/>; a dropped PostgreSQL database, schema or
/// table only shows when a query fails, and checking before every request would cost a query each time.
/// </summary>
public sealed class DatabaseOutageMiddleware(RequestDelegate next, DatabaseOutageLog outages)
{
    public async Task InvokeAsync(HttpContext context, ShellContext shell)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (shell.HasTenant && !context.Response.HasStarted && Vanished(ex) is { } problem)
        {
            outages.Report(shell.Settings.Name, problem);
            context.Response.Clear();
            await DatabaseUnavailableResponse.WriteAsync(context);
        }
    }

    /// <summary>What is gone, when the exception (or one it wraps) says that the tenant's database is not there.</summary>
    private static string? Vanished(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            switch (exception)
            {
                case TenantDatabaseMissingException missing:
                    return missing.Message;
                // 3D000 invalid_catalog_name, 3F000 invalid_schema_name, 42P01 undefined_table.
                case PostgresException { SqlState: "3D000" or "3F000" or "42P01" } postgres:
                    return $"PostgreSQL says: {postgres.MessageText}.";
            }
        }

        return null;
    }
}
