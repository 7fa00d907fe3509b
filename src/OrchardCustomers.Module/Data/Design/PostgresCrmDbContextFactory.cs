using Microsoft.EntityFrameworkCore.Design;
using OrchardCustomers.Host.Data.Design;

namespace OrchardCustomers.Module.Data.Design;

internal sealed class PostgresCrmDbContextFactory : IDesignTimeDbContextFactory<PostgresCrmDbContext>
{
    public PostgresCrmDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresCrmDbContext>(CrmDbContext.HistoryTable));
}
