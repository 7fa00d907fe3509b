using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.BackgroundTasks;

namespace OrchardCustomers.Host.Tenancy.Store;

/// <summary>
/// The host-wide database, Orchard's "Shells.Database": the tenant registry and the data-protection keys that every
/// app instance shares. SQLite under App_Data by default, PostgreSQL for several instances.
/// </summary>
public abstract class ShellsDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public const string HistoryTable = "__EFMigrationsHistory_Shells";

    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DistributedLockRecord> DistributedLocks => Set<DistributedLockRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantRecord>(tenant =>
        {
            tenant.ToTable("Tenants");
            tenant.HasKey(t => t.Name);
            tenant.Property(t => t.Name).HasMaxLength(100);
            tenant.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
            tenant.Property(t => t.DatabaseProvider).HasConversion<string>().HasMaxLength(20);
            tenant.Property(t => t.RequestUrlHost).HasMaxLength(500);
            tenant.Property(t => t.RequestUrlPrefix).HasMaxLength(100);
            tenant.Property(t => t.DatabaseSchema).HasMaxLength(63);
            tenant.Property(t => t.RecipeName).HasMaxLength(200);
        });

        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");

        modelBuilder.Entity<DistributedLockRecord>(lease =>
        {
            lease.ToTable("DistributedLocks");
            lease.HasKey(l => l.Name);
            lease.Property(l => l.Name).HasMaxLength(200);
            lease.Property(l => l.Owner).HasMaxLength(100);
        });
    }
}
