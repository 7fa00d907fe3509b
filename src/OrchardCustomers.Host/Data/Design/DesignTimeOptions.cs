using Microsoft.EntityFrameworkCore;

namespace OrchardCustomers.Host.Data.Design;

/// <summary>Options for `dotnet ef migrations add`: no database is contacted when migrations are generated.</summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<T> Sqlite<T>(string historyTable) where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(historyTable)).Options;

    public static DbContextOptions<T> Postgres<T>(string historyTable) where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsHistoryTable(historyTable)).Options;
}
