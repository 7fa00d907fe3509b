using Microsoft.EntityFrameworkCore;

namespace OrchardCustomers.Module.Data;

public sealed class SqliteCrmDbContext(DbContextOptions<SqliteCrmDbContext> options) : CrmDbContext(options);
