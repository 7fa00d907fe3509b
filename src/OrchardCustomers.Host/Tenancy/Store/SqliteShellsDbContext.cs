using Microsoft.EntityFrameworkCore;

namespace OrchardCustomers.Host.Tenancy.Store;

public sealed class SqliteShellsDbContext(DbContextOptions<SqliteShellsDbContext> options) : ShellsDbContext(options);
