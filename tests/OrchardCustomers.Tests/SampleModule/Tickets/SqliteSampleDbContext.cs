using Microsoft.EntityFrameworkCore;

namespace OrchardCustomers.Tests.SampleModule.Tickets;

public sealed class SqliteSampleDbContext(DbContextOptions<SqliteSampleDbContext> options) : SampleDbContext(options);
