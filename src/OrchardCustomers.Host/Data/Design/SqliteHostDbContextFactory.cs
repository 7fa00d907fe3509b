using Microsoft.EntityFrameworkCore.Design;

namespace OrchardCustomers.Host.Data.Design;

internal sealed class SqliteHostDbContextFactory : IDesignTimeDbContextFactory<SqliteHostDbContext>
{
    public SqliteHostDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteHostDbContext>(HostDbContext.HistoryTable));
}
