using Microsoft.EntityFrameworkCore;

namespace OrchardCustomers.Tests.SampleModule.Tickets;

public sealed class PostgresSampleDbContext(DbContextOptions<PostgresSampleDbContext> options) : SampleDbContext(options);
