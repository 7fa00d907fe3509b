using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OrchardCustomers.Tests.SampleModule.Tickets;

/// <summary>SampleModule's table in each tenant's database, beside the module's: a feature that owns its tables.</summary>
public abstract class SampleDbContext(DbContextOptions options) : DbContext(options)
{
    public const string HistoryTable = "__EFMigrationsHistory_Sample";

    public DbSet<SampleTicket> Tickets => Set<SampleTicket>();

    // The migrations are written by hand, without a model snapshot: EF would take that for pending changes.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var ticket = modelBuilder.Entity<SampleTicket>();
        ticket.ToTable("SampleTickets");
        ticket.HasKey(t => t.Id);
        ticket.Property(t => t.Title).HasMaxLength(200);
        ticket.Property(t => t.Status).HasMaxLength(20);
        ticket.Property(t => t.StampedBy).HasMaxLength(100);
    }
}
