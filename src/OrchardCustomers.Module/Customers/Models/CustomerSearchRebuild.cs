namespace OrchardCustomers.Module.Customers.Models;

/// <summary>
/// How far the search documents of the existing customers are re-indexed (one row). A migration that changes what the
/// document holds sets <see cref="Version"/> back; the rebuild task walks the customers by id and raises it when done.
/// </summary>
public sealed class CustomerSearchRebuild
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The <see cref="Services.CustomerIndexer.SearchVersion"/> every document is written with.</summary>
    public int Version { get; set; }

    /// <summary>The customers up to this id are re-indexed for the next version.</summary>
    public long DoneThroughId { get; set; }
}
