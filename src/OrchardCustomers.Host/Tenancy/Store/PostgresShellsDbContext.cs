using Microsoft.EntityFrameworkCore;

namespace OrchardCustomers.Host.Tenancy.Store;

public sealed class PostgresShellsDbContext(DbContextOptions<PostgresShellsDbContext> options) : ShellsDbContext(options);
