namespace OrchardCustomers.Module.Customers.Search;

/// <summary>
/// A list page before its rows are read: the ids in the list's order (one more than the page when another follows),
/// the total, and how the page was reached.
/// </summary>
/// <param name="Anchored">The anchors' key when the page was typed (an offset) and its anchors are to be kept.</param>
/// <param name="Stamp">The tenant's newest activity id, when it was read.</param>
internal sealed record ListWindow(
    List<long> Ids, long Total, int Page, int Size, long Offset, bool Forwards, bool Backwards, string? Anchored, long? Stamp);
