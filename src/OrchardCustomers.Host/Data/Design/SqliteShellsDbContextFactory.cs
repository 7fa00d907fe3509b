using Microsoft.EntityFrameworkCore.Design;
using OrchardCustomers.Host.Tenancy.Store;

namespace OrchardCustomers.Host.Data.Design;

internal sealed class SqliteShellsDbContextFactory : IDesignTimeDbContextFactory<SqliteShellsDbContext>
{
    public SqliteShellsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteShellsDbContext>(ShellsDbContext.HistoryTable));
}
