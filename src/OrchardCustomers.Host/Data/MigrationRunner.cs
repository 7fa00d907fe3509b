using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OrchardCustomers.Host.Data;

public static class MigrationRunner
{
    /// <summary>
    /// Applies pending migrations. The history table is created first: Npgsql's migrator otherwise queries the missing
    /// table, recovers, and leaves an error in the log of every fresh database.
    /// </summary>
    public static async Task MigrateAsync(DbContext context, CancellationToken cancellationToken)
    {
        await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }
}
