using Microsoft.EntityFrameworkCore.Design;
using OrchardCustomers.Host.Data.Design;

namespace OrchardCustomers.Module.Data.Design;

internal sealed class SqliteCrmDbContextFactory : IDesignTimeDbContextFactory<SqliteCrmDbContext>
{
    public SqliteCrmDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteCrmDbContext>(CrmDbContext.HistoryTable));
}
