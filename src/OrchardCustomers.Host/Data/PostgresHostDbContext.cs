using Microsoft.EntityFrameworkCore;

namespace OrchardCustomers.Host.Data;

public sealed class PostgresHostDbContext(DbContextOptions<PostgresHostDbContext> options) : HostDbContext(options);
