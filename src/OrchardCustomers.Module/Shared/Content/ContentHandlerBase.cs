namespace OrchardCustomers.Module.Shared.Content;

/// <summary>A content handler that does nothing until a method is overridden (Orchard's ContentHandlerBase).</summary>
public abstract class ContentHandlerBase : IContentHandler
{
    public virtual int Order => 0;

    public virtual Task CreatingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task ArchivedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task RestoredAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task DeletingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task DeletedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task IssuedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task PaidAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
