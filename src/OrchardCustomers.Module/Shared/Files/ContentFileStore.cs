using Microsoft.EntityFrameworkCore;
using OrchardCustomers.Module.Data;

namespace OrchardCustomers.Module.Shared.Files;

/// <summary>
/// Files and the picture of any content item, found by content type and item id. Add, Remove and SetPictureAsync only
/// stage their change: the caller saves CrmDbContext in its own transaction, together with its history entry.
/// </summary>
public sealed class ContentFileStore(CrmDbContext db, TimeProvider clock)
{
    public ContentFile Add(string contentType, long itemId, string fileName, string mediaType, byte[] content, string uploadedBy)
    {
        var file = new ContentFile
        {
            Id = Guid.NewGuid(), ContentType = contentType, ContentItemId = itemId, FileName = fileName, MediaType = mediaType,
            Length = content.Length, Content = content, UploadedBy = uploadedBy, UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<ContentFile>().Add(file);
        return file;
    }

    /// <summary>The item's files without their content, newest first.</summary>
    public async Task<IReadOnlyList<ContentFileInfo>> ListAsync(string contentType, long itemId, CancellationToken cancellationToken) =>
        await Files(contentType, itemId).AsNoTracking()
            .OrderByDescending(f => f.UploadedUtc)
            .Select(f => new ContentFileInfo(f.Id, f.FileName, f.MediaType, f.Length, f.UploadedBy, f.UploadedUtc))
            .ToListAsync(cancellationToken);

    /// <summary>One file of the item; null when the id belongs to no file of this item.</summary>
    public Task<ContentFile?> GetAsync(string contentType, long itemId, Guid fileId, CancellationToken cancellationToken) =>
        Files(contentType, itemId).SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);

    public Task<int> CountAsync(string contentType, long itemId, CancellationToken cancellationToken) =>
        Files(contentType, itemId).CountAsync(cancellationToken);

    public void Remove(ContentFile file) => db.Set<ContentFile>().Remove(file);

    /// <summary>Replaces the item's picture (or gives it its first).</summary>
    public async Task SetPictureAsync(string contentType, long itemId, byte[] content, string mediaType, CancellationToken cancellationToken)
    {
        var stored = await Pictures(contentType, itemId).SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            db.Set<ContentPicture>().Add(stored = new ContentPicture { ContentType = contentType, ContentItemId = itemId });
        }

        stored.Content = content;
        stored.MediaType = mediaType;
        stored.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
    }

    public Task<ContentPicture?> GetPictureAsync(string contentType, long itemId, CancellationToken cancellationToken) =>
        Pictures(contentType, itemId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    public Task<bool> HasPictureAsync(string contentType, long itemId, CancellationToken cancellationToken) =>
        Pictures(contentType, itemId).AnyAsync(cancellationToken);

    /// <summary>Deletes the item's files and picture at once, inside the caller's transaction.</summary>
    public async Task DeleteAllAsync(string contentType, long itemId, CancellationToken cancellationToken)
    {
        await Files(contentType, itemId).ExecuteDeleteAsync(cancellationToken);
        await Pictures(contentType, itemId).ExecuteDeleteAsync(cancellationToken);
    }

    private IQueryable<ContentFile> Files(string contentType, long itemId) =>
        db.Set<ContentFile>().Where(f => f.ContentType == contentType && f.ContentItemId == itemId);

    private IQueryable<ContentPicture> Pictures(string contentType, long itemId) =>
        db.Set<ContentPicture>().Where(p => p.ContentType == contentType && p.ContentItemId == itemId);
}
