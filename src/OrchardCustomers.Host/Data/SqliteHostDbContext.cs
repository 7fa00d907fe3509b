using Microsoft.EntityFrameworkCore;

namespace OrchardCustomers.Host.Data;

public sealed class SqliteHostDbContext(DbContextOptions<SqliteHostDbContext> options) : HostDbContext(options);
