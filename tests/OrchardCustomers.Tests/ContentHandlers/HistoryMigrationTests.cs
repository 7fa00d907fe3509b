using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.History;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.ContentHandlers;

/// <summary>The customer history of a database made before the shared history survives the migration to it.</summary>
public abstract class HistoryMigrationTests : IAsyncLifetime
{
    private CrmMigrationDatabase _database = null!;

    protected abstract DatabaseKind Kind { get; }

    public async Task InitializeAsync() => _database = await CrmMigrationDatabase.CreateAsync(Kind, "history_migration");

    [Fact]
    public async Task Customer_history_rows_become_entries_of_the_content_type_Customer()
    {
        await using var db = CreateContext();
        await db.GetService<IMigrator>().MigrateAsync("InputLimits");
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "CustomerActivities" ("CustomerId", "Kind", "UserName", "OccurredUtc", "Changes", "Detail") VALUES (42, 'Deleted', 'anna', '2026-01-02 03:04:05', '[]', 'K-00042 Alt GmbH')""");

        await db.Database.MigrateAsync();

        var entry = Assert.Single(await db.Activities.AsNoTracking().ToListAsync());
        Assert.Equal(("Customer", 42L, ActivityKind.Deleted, "anna", "K-00042 Alt GmbH"), (entry.ContentType, entry.ContentItemId, entry.Kind, entry.UserName, entry.Detail));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private CrmDbContext CreateContext() => _database.CreateContext();

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
