using OrchardCustomers.Module.Shared.Content;

namespace OrchardCustomers.Module.Shared.Files;

/// <summary>
/// A deleted item takes its files and picture with it, whatever its type: without foreign keys across features
/// nothing else would. A feature that wants to keep an item with files refuses the deletion in DeletingAsync.
/// </summary>
public sealed class ContentFilesHandler(ContentFileStore files) : ContentHandlerBase
{
    public override Task DeletedAsync(ContentContext context, CancellationToken cancellationToken) =>
        files.DeleteAllAsync(context.ContentType, context.ItemId, cancellationToken);
}
