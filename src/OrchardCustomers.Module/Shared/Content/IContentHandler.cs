namespace OrchardCustomers.Module.Shared.Content;

/// <summary>
/// Reacts to the lifecycle of any content item of the module, as Orchard's content handlers do. Mark the class with the
/// feature that brings it (<c>[Feature]</c>): it runs only in tenants where that feature is enabled. Derive from
/// <see cref="ContentHandlerBase"/> to override only the events you need. Everything runs inside the saving
/// transaction: what a handler writes commits or rolls back with the save, and an exception rolls the save back.
/// </summary>
public interface IContentHandler
{
    /// <summary>Lower runs first; handlers of equal order run by type name.</summary>
    int Order { get; }

    Task CreatingAsync(ContentContext context, CancellationToken cancellationToken);

    Task CreatedAsync(ContentContext context, CancellationToken cancellationToken);

    Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken);

    Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken);

    Task ArchivedAsync(ContentContext context, CancellationToken cancellationToken);

    Task RestoredAsync(ContentContext context, CancellationToken cancellationToken);

    Task DeletingAsync(ContentContext context, CancellationToken cancellationToken);

    Task DeletedAsync(ContentContext context, CancellationToken cancellationToken);

    /// <summary>A document (an invoice, a quote) was issued: its number is final.</summary>
    Task IssuedAsync(ContentContext context, CancellationToken cancellationToken);

    Task PaidAsync(ContentContext context, CancellationToken cancellationToken);
}
