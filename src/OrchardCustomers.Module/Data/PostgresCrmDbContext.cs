using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace OrchardCustomers.Module.Data;

public sealed class PostgresCrmDbContext(DbContextOptions<PostgresCrmDbContext> options) : CrmDbContext(options)
{
    public const string SearchVector = "SearchVector";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // PostgreSQL's full-text index: the words are normalised in C# already, so the 'simple' configuration only splits them.
        modelBuilder.Entity<Customers.Models.Customer>(customer =>
        {
            customer.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql("to_tsvector('simple', \"SearchText\")", stored: true);
            customer.HasIndex(SearchVector).HasMethod("GIN");
        });
    }
}
