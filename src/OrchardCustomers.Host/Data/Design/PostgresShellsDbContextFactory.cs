using Microsoft.EntityFrameworkCore.Design;
using OrchardCustomers.Host.Tenancy.Store;

namespace OrchardCustomers.Host.Data.Design;

internal sealed class PostgresShellsDbContextFactory : IDesignTimeDbContextFactory<PostgresShellsDbContext>
{
    public PostgresShellsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresShellsDbContext>(ShellsDbContext.HistoryTable));
}
