using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Caching;
using OrchardCustomers.Host.Modules.State;
using OrchardCustomers.Host.Recipes.History;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Roles;
using OrchardCustomers.Host.Security.Users;
using OrchardCustomers.Host.Settings;

namespace OrchardCustomers.Host.Data;

/// <summary>The host's tables in each tenant's database: identity, settings, features, tokens, locks.</summary>
public abstract class HostDbContext(DbContextOptions options) : IdentityDbContext<User, Role, string>(options)
{
    public const string HistoryTable = "__EFMigrationsHistory_Host";

    public DbSet<SiteSettingsRecord> Settings => Set<SiteSettingsRecord>();

    public DbSet<FeatureStateRecord> Features => Set<FeatureStateRecord>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DistributedLockRecord> DistributedLocks => Set<DistributedLockRecord>();

    public DbSet<BackgroundTaskRunRecord> BackgroundTaskRuns => Set<BackgroundTaskRunRecord>();

    public DbSet<RecipeRunRecord> RecipeRuns => Set<RecipeRunRecord>();

    public DbSet<ChangeStampRecord> ChangeStamps => Set<ChangeStampRecord>();

    /// <summary>Gives the change stamp a new value in the coming save (TenantChangeInterceptor decides when).</summary>
    internal void StampChange()
    {
        var value = Random.Shared.NextInt64();
        var entry = ChangeTracker.Entries<ChangeStampRecord>().FirstOrDefault(e => e.Entity.Id == ChangeStampRecord.TenantId)
            ?? Attach(new ChangeStampRecord { Id = ChangeStampRecord.TenantId });
        entry.Entity.Value = value;
        entry.Property(s => s.Value).IsModified = true;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<User>(user =>
        {
            user.Property(u => u.Culture).HasMaxLength(16);
        });

        builder.Entity<Role>(role => role.Property(r => r.Description).HasMaxLength(512));

        builder.Entity<SiteSettingsRecord>(settings =>
        {
            settings.ToTable("Settings");
            settings.HasKey(s => s.Id);
            settings.Property(s => s.Id).HasMaxLength(64);
        });

        builder.Entity<FeatureStateRecord>(feature =>
        {
            feature.ToTable("Features");
            feature.HasKey(f => f.FeatureId);
            feature.Property(f => f.FeatureId).HasMaxLength(128);
        });

        builder.Entity<ApiToken>(token =>
        {
            token.ToTable("ApiTokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.Property(t => t.Hint).HasMaxLength(8);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.UserId);
            token.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<DistributedLockRecord>(lease =>
        {
            lease.ToTable("DistributedLocks");
            lease.HasKey(l => l.Name);
            lease.Property(l => l.Name).HasMaxLength(200);
            lease.Property(l => l.Owner).HasMaxLength(100);
        });

        builder.Entity<BackgroundTaskRunRecord>(run =>
        {
            run.ToTable("BackgroundTaskRuns");
            run.HasKey(r => r.Name);
            run.Property(r => r.Name).HasMaxLength(200);
            run.Property(r => r.LastError).HasMaxLength(2000);
        });

        builder.Entity<RecipeRunRecord>(run =>
        {
            run.ToTable("RecipeRuns");
            run.HasKey(r => r.Id);
            run.Property(r => r.RecipeName).HasMaxLength(200);
            run.Property(r => r.UserName).HasMaxLength(256);
            run.Property(r => r.Error).HasMaxLength(4000);
            run.HasIndex(r => r.StartedUtc);
        });

        builder.Entity<ChangeStampRecord>(stamp =>
        {
            stamp.ToTable("ChangeStamps");
            stamp.HasKey(s => s.Id);
            stamp.Property(s => s.Id).ValueGeneratedNever();
            stamp.HasData(new ChangeStampRecord { Id = ChangeStampRecord.TenantId, Value = 0 });
        });
    }
}
