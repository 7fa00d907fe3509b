using Microsoft.EntityFrameworkCore.Design;

namespace OrchardCustomers.Host.Data.Design;

internal sealed class PostgresHostDbContextFactory : IDesignTimeDbContextFactory<PostgresHostDbContext>
{
    public PostgresHostDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresHostDbContext>(HostDbContext.HistoryTable));
}
