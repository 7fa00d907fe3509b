using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OrchardCustomers.Host.BackgroundTasks;
using OrchardCustomers.Host.Data;
using OrchardCustomers.Host.Recipes.History;
using OrchardCustomers.Host.Security.ApiTokens;
using OrchardCustomers.Host.Security.Users;

namespace OrchardCustomers.Host.Caching;

/// <summary>
/// Watches every save of the host's tables: a change to what the caches hold (users, roles, claims, tokens, settings,
/// features, and any table added later) gives the change stamp a new value in the same save, and drops this
/// instance's entries once it is written. Bookkeeping rows (locks, task runs, recipe runs), a token's "last used" and
/// a failed login count do not: they would empty the caches for nothing.
/// </summary>
public sealed class TenantChangeInterceptor(TenantChanges changes) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Bookkeeping = [typeof(DistributedLockRecord), typeof(BackgroundTaskRunRecord), typeof(RecipeRunRecord), typeof(ChangeStampRecord)];

    private bool _stamped;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _stamped = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _stamped = false;
        return Task.CompletedTask;
    }

    private void Stamp(DbContext? context)
    {
        if (context is not HostDbContext host)
        {
            return;
        }

        host.ChangeTracker.DetectChanges();
        if (host.ChangeTracker.Entries().Any(Matters))
        {
            host.StampChange();
            _stamped = true;
        }
    }

    private void Saved(DbContext? context)
    {
        if (_stamped && context is HostDbContext host)
        {
            _stamped = false;
            changes.Saved(inTransaction: host.Database.CurrentTransaction is not null);
        }
    }

    private static bool Matters(EntityEntry entry)
    {
        if (Bookkeeping.Contains(entry.Metadata.ClrType))
        {
            return false;
        }

        return entry.State switch
        {
            EntityState.Added or EntityState.Deleted => true,
            EntityState.Modified => entry.Properties.Any(p => p.IsModified && !IsBookkeeping(entry.Entity, p.Metadata.Name)),
            _ => false,
        };
    }

    private static bool IsBookkeeping(object entity, string property) => entity switch
    {
        ApiToken => property == nameof(ApiToken.LastUsedUtc),
        User => property is nameof(User.AccessFailedCount) or nameof(User.ConcurrencyStamp),
        _ => false,
    };
}
