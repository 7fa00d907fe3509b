using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OrchardCustomers.Module.Customers.Models;
using OrchardCustomers.Module.Data;
using OrchardCustomers.Module.Shared.Files;
using OrchardCustomers.Tests.Infrastructure;

namespace OrchardCustomers.Tests.Files;

/// <summary>The customer files and pictures of a database made before the shared file storage survive the migration to it, and back.</summary>
public abstract class FilesMigrationTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = "%PDF-1.4 alt"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xD9];

    private CrmMigrationDatabase _database = null!;

    protected abstract DatabaseKind Kind { get; }

    public async Task InitializeAsync() => _database = await CrmMigrationDatabase.CreateAsync(Kind, "files_migration");

    [Fact]
    public async Task Customer_files_and_pictures_become_those_of_the_content_type_Customer_and_go_back()
    {
        await using var db = CreateContext();
        await db.GetService<IMigrator>().MigrateAsync("ContentHistory");
        var customer = new Customer { Number = "K-00042", DisplayName = "Alt GmbH", SortName = "Alt GmbH" };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        var fileId = Guid.NewGuid();
        // SQLite keeps a Guid as upper-case text (EF's mapping), PostgreSQL as uuid.
        object storedId = Kind == DatabaseKind.Sqlite ? fileId.ToString().ToUpperInvariant() : fileId;
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "CustomerFiles" ("Id", "CustomerId", "FileName", "ContentType", "Length", "Content", "UploadedBy", "UploadedUtc") VALUES ({0}, {1}, 'angebot.pdf', 'application/pdf', 12, {2}, 'anna', '2026-01-02 03:04:05')""",
            storedId, customer.Id, Pdf);
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "CustomerPictures" ("CustomerId", "ContentType", "Content", "UpdatedUtc") VALUES ({0}, 'image/jpeg', {1}, '2026-01-02 03:04:05')""",
            customer.Id, Jpeg);

        await db.Database.MigrateAsync();

        var file = Assert.Single(await db.Files.AsNoTracking().ToListAsync());
        Assert.Equal((fileId, "Customer", customer.Id, "angebot.pdf", "application/pdf", 12L, "anna"),
            (file.Id, file.ContentType, file.ContentItemId, file.FileName, file.MediaType, file.Length, file.UploadedBy));
        Assert.Equal(Pdf, file.Content);
        var picture = Assert.Single(await db.Pictures.AsNoTracking().ToListAsync());
        Assert.Equal(("Customer", customer.Id, "image/jpeg"), (picture.ContentType, picture.ContentItemId, picture.MediaType));
        Assert.Equal(Jpeg, picture.Content);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        // No foreign key to Customers any more: another type's item has files of its own.
        db.Files.Add(new ContentFile { Id = Guid.NewGuid(), ContentType = "SampleTicket", ContentItemId = 999_999, FileName = "t.txt", MediaType = "text/plain", UploadedUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();

        await db.GetService<IMigrator>().MigrateAsync("ContentHistory");

        Assert.Equal(1, await CountAsync(db, $"""SELECT COUNT(*) AS "Value" FROM "CustomerFiles" WHERE "CustomerId" = {customer.Id} AND "ContentType" = 'application/pdf'"""));
        Assert.Equal(1, await CountAsync(db, $"""SELECT COUNT(*) AS "Value" FROM "CustomerPictures" WHERE "CustomerId" = {customer.Id} AND "ContentType" = 'image/jpeg'"""));
        Assert.Equal(1, await CountAsync(db, """SELECT COUNT(*) AS "Value" FROM "CustomerFiles" """));
    }

    private static Task<int> CountAsync(CrmDbContext db, string sql) => db.Database.SqlQueryRaw<int>(sql).SingleAsync();

    private CrmDbContext CreateContext() => _database.CreateContext();

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
